package org.upward.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonalDataKind;
import org.upward.people.RetainedPersonalData;

/** What the next run would remove under a policy: counts per kind, never contents. */
@Component
class RetentionPreview {

    private final List<RetainedPersonalData> owners;
    private final Clock clock;

    RetentionPreview(List<RetainedPersonalData> owners, Clock clock) {
        this.owners = owners;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RetentionCount> counts(Map<PersonalDataKind, Integer> months) {
        LocalDate today = LocalDate.now(clock);
        return RetentionTerm.all().stream()
                .map(term -> {
                    int kept = months.get(term.kind());
                    LocalDate expiredBefore = today.minusMonths(kept);
                    return owner(term.kind())
                            .map(owner -> new RetentionCount(
                                    term.kind(), kept, owner.countExpired(expiredBefore), true, false))
                            .orElseGet(() -> new RetentionCount(term.kind(), kept, 0, false, false));
                })
                .toList();
    }

    /** The kinds a run acts on: those whose owner removes them. */
    Set<PersonalDataKind> applied() {
        return owners.stream().map(RetainedPersonalData::kind).collect(Collectors.toUnmodifiableSet());
    }

    private Optional<RetainedPersonalData> owner(PersonalDataKind kind) {
        return owners.stream().filter(o -> o.kind() == kind).findFirst();
    }
}
