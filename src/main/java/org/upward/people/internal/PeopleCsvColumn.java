package org.upward.people.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of people.csv, in the order the export writes them. */
enum PeopleCsvColumn {
    EMAIL("email", true),
    NAME("name", true),
    DEPARTMENT("department", true),
    JOB_TITLE("job_title", false),
    JOB_LEVEL("job_level", true),
    MANAGER_EMAIL("manager_email", false),
    HIRE_DATE("hire_date", false),
    LEAVE_DATE("leave_date", false),
    GENERATION("generation", false);

    private final String header;
    private final boolean required;

    PeopleCsvColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    static Optional<PeopleCsvColumn> byHeader(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }

    static String[] headers() {
        return Arrays.stream(values()).map(PeopleCsvColumn::header).toArray(String[]::new);
    }
}
