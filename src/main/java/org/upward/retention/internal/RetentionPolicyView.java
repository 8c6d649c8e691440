package org.upward.retention.internal;

import java.util.List;
import java.util.Map;
import org.upward.people.PersonalDataKind;

/**
 * The policy as {@code GET /api/v1/retention-policy} answers it: each kind's months (the fields {@code PUT} takes)
 * and, in {@code rules}, what each kind's months count from and the bounds an admin may choose within.
 */
record RetentionPolicyView(
        int privateReflections,
        int sessionTexts,
        int applicationAnswers,
        int notifications,
        int auditEntries,
        int leavers,
        List<Rule> rules) {

    /** One kind's rule: {@code kind} is its field name, {@code after} what its months count from. */
    record Rule(String kind, int months, RetentionBasis after, int minimumMonths, int maximumMonths) {}

    static RetentionPolicyView of(Map<PersonalDataKind, Integer> months) {
        List<Rule> rules = RetentionTerm.all().stream()
                .map(term -> new Rule(
                        term.field(),
                        months.get(term.kind()),
                        term.basis(),
                        term.minimumMonths(),
                        term.maximumMonths()))
                .toList();
        return new RetentionPolicyView(
                months.get(PersonalDataKind.PRIVATE_REFLECTIONS),
                months.get(PersonalDataKind.SESSION_TEXTS),
                months.get(PersonalDataKind.APPLICATION_ANSWERS),
                months.get(PersonalDataKind.NOTIFICATIONS),
                months.get(PersonalDataKind.AUDIT_ENTRIES),
                months.get(PersonalDataKind.LEAVERS),
                rules);
    }
}
