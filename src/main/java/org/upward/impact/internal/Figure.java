package org.upward.impact.internal;

import java.math.BigDecimal;
import org.upward.impact.ImpactSummary;

/**
 * One dashboard number with the number of people it is built from. Built from fewer than five people, it is
 * suppressed: its value is {@code null} wherever it is shown (page, API, CSV).
 */
record Figure(Double value, long n, boolean suppressed) {

    public static Figure of(double value, long people) {
        if (SmallGroups.suppressed(people)) {
            return new Figure(null, people, true);
        }
        return new Figure(Double.isNaN(value) ? null : round(value), people, false);
    }

    /**
     * A headcount (people enrolled, pairs active): the size of a group, shown like n itself. What the people
     * did (sessions, hours) is not a headcount and goes through {@link #of}.
     */
    public static Figure count(double value, long people) {
        return new Figure(round(value), people, false);
    }

    ImpactSummary.Value summary() {
        return new ImpactSummary.Value(shown() ? text() : null, suppressed);
    }

    public boolean shown() {
        return value != null;
    }

    /** The value as a person reads it: no trailing zeros ("8", "14.29"); empty when suppressed. */
    public String text() {
        return value == null
                ? ""
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
