package org.upward.retention.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonalDataKind;
import org.upward.retention.RetentionPolicyChanged;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/** The admin's retention policy: read, and changed whole within each kind's bounds (audited through the event). */
@Service
class RetentionPolicyService {

    private final RetentionPolicyStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetentionPolicyService(RetentionPolicyStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<PersonalDataKind, Integer> months() {
        return store.months();
    }

    @Transactional(readOnly = true)
    public RetentionPolicyView view() {
        return RetentionPolicyView.of(store.months());
    }

    @Transactional
    public RetentionPolicyView change(RetentionPolicyRequest request) {
        Map<PersonalDataKind, Integer> wanted = check(request);
        Map<PersonalDataKind, Integer> current = store.monthsForUpdate();
        if (!current.equals(wanted)) {
            store.save(wanted, clock.instant());
            events.publishEvent(new RetentionPolicyChanged(current, wanted));
        }
        return RetentionPolicyView.of(wanted);
    }

    /** Each kind's months, or a 422 naming every field out of its bounds. */
    static Map<PersonalDataKind, Integer> check(RetentionPolicyRequest request) {
        Map<PersonalDataKind, Integer> months = request.months();
        List<FieldProblem> problems = new ArrayList<>();
        for (RetentionTerm term : RetentionTerm.all()) {
            Integer value = months.get(term.kind());
            if (value == null) {
                problems.add(new FieldProblem(term.field(), UiText.of("retention.error.required")));
            } else if (term.kind() == PersonalDataKind.AUDIT_ENTRIES && value < term.minimumMonths()) {
                problems.add(new FieldProblem(
                        term.field(), UiText.of("retention.error.auditMinimum", term.minimumMonths())));
            } else if (value < term.minimumMonths() || value > term.maximumMonths()) {
                problems.add(new FieldProblem(
                        term.field(),
                        UiText.of("retention.error.between", term.minimumMonths(), term.maximumMonths())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return months;
    }
}
