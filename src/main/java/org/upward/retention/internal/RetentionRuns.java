package org.upward.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.upward.people.PersonalDataKind;
import org.upward.people.RetainedPersonalData;

/**
 * One retention run: each owning module removes its expired rows in its own transaction (a failing step is
 * rolled back alone and tried again next run), then the run's counts are recorded. People who left are erased
 * (pseudonymised) by the people module, one at a time.
 */
@Service
class RetentionRuns {

    private static final Logger log = LoggerFactory.getLogger(RetentionRuns.class);

    private final List<RetainedPersonalData> owners;
    private final RetentionPolicyStore policy;
    private final RetentionRunStore runs;
    private final Clock clock;

    RetentionRuns(List<RetainedPersonalData> owners, RetentionPolicyStore policy, RetentionRunStore runs, Clock clock) {
        this.owners = owners;
        this.policy = policy;
        this.runs = runs;
        this.clock = clock;
    }

    /** Applies the policy as of the clock's day; answers what was removed, per kind the run acts on. */
    public List<RetentionCount> run() {
        LocalDate today = LocalDate.now(clock);
        Map<PersonalDataKind, Integer> months = policy.months();
        List<RetentionCount> counts = new ArrayList<>();
        for (RetainedPersonalData owner : owners) {
            int kept = months.get(owner.kind());
            try {
                long removed = owner.removeExpired(today.minusMonths(kept));
                counts.add(new RetentionCount(owner.kind(), kept, removed, true, false));
            } catch (RuntimeException failed) {
                log.error("Retention of {} failed; the next run tries again", owner.kind(), failed);
                counts.add(new RetentionCount(owner.kind(), kept, 0, true, true));
            }
        }
        runs.record(clock.instant(), today, counts);
        return counts;
    }
}
