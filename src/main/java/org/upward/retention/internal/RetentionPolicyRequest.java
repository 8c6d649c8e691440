package org.upward.retention.internal;

import java.util.EnumMap;
import java.util.Map;
import org.upward.people.PersonalDataKind;

/** The whole policy, as {@code PUT /api/v1/retention-policy} takes it: each kind's months. The service checks them. */
record RetentionPolicyRequest(
        Integer privateReflections,
        Integer sessionTexts,
        Integer applicationAnswers,
        Integer notifications,
        Integer auditEntries,
        Integer leavers) {

    /** Each kind's months as sent (a missing one is absent). */
    Map<PersonalDataKind, Integer> months() {
        Map<PersonalDataKind, Integer> months = new EnumMap<>(PersonalDataKind.class);
        put(months, PersonalDataKind.PRIVATE_REFLECTIONS, privateReflections);
        put(months, PersonalDataKind.SESSION_TEXTS, sessionTexts);
        put(months, PersonalDataKind.APPLICATION_ANSWERS, applicationAnswers);
        put(months, PersonalDataKind.NOTIFICATIONS, notifications);
        put(months, PersonalDataKind.AUDIT_ENTRIES, auditEntries);
        put(months, PersonalDataKind.LEAVERS, leavers);
        return months;
    }

    static RetentionPolicyRequest of(Map<PersonalDataKind, Integer> months) {
        return new RetentionPolicyRequest(
                months.get(PersonalDataKind.PRIVATE_REFLECTIONS),
                months.get(PersonalDataKind.SESSION_TEXTS),
                months.get(PersonalDataKind.APPLICATION_ANSWERS),
                months.get(PersonalDataKind.NOTIFICATIONS),
                months.get(PersonalDataKind.AUDIT_ENTRIES),
                months.get(PersonalDataKind.LEAVERS));
    }

    private static void put(Map<PersonalDataKind, Integer> months, PersonalDataKind kind, Integer value) {
        if (value != null) {
            months.put(kind, value);
        }
    }
}
