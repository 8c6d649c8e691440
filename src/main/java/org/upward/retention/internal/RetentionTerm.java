package org.upward.retention.internal;

import java.util.Arrays;
import java.util.List;
import org.upward.people.PersonalDataKind;

/**
 * The fixed part of each kind's rule: its field in the API and the form, what its months count from, and the
 * bounds an admin may choose within. The audit log's lower bound is the legal minimum (docs/operations.md), which
 * V44 enforces in the database too.
 */
enum RetentionTerm {
    PRIVATE_REFLECTIONS(
            PersonalDataKind.PRIVATE_REFLECTIONS, "privateReflections", RetentionBasis.PROGRAM_COMPLETED, 1),
    SESSION_TEXTS(PersonalDataKind.SESSION_TEXTS, "sessionTexts", RetentionBasis.PROGRAM_COMPLETED, 1),
    APPLICATION_ANSWERS(
            PersonalDataKind.APPLICATION_ANSWERS, "applicationAnswers", RetentionBasis.PROGRAM_COMPLETED, 1),
    NOTIFICATIONS(PersonalDataKind.NOTIFICATIONS, "notifications", RetentionBasis.ENTRY_DATE, 1),
    AUDIT_ENTRIES(PersonalDataKind.AUDIT_ENTRIES, "auditEntries", RetentionBasis.ENTRY_DATE, 72),
    LEAVERS(PersonalDataKind.LEAVERS, "leavers", RetentionBasis.PERSON_LEFT, 1);

    static final int MAXIMUM_MONTHS = 120;

    private final PersonalDataKind kind;
    private final String field;
    private final RetentionBasis basis;
    private final int minimumMonths;

    RetentionTerm(PersonalDataKind kind, String field, RetentionBasis basis, int minimumMonths) {
        this.kind = kind;
        this.field = field;
        this.basis = basis;
        this.minimumMonths = minimumMonths;
    }

    static RetentionTerm of(PersonalDataKind kind) {
        return Arrays.stream(values()).filter(t -> t.kind == kind).findFirst().orElseThrow();
    }

    static List<RetentionTerm> all() {
        return List.of(values());
    }

    public PersonalDataKind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public RetentionBasis basis() {
        return basis;
    }

    public int minimumMonths() {
        return minimumMonths;
    }

    public int maximumMonths() {
        return MAXIMUM_MONTHS;
    }
}
