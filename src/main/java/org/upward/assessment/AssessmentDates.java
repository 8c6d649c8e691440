package org.upward.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as messages about windows write them: "12 March 2027". */
final class AssessmentDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private AssessmentDates() {}

    static String format(LocalDate date) {
        return LONG.format(date);
    }
}
