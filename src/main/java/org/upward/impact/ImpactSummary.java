package org.upward.impact;

import java.math.BigDecimal;

/**
 * The few figures of a program's row on the executive's home page, each already suppressed where it must be:
 * {@code outcomesValue} and {@code roiPercent} are null until a business outcome is recorded; of its
 * {@code objectives}, how many are judged met and how many are judged at all (met, uncertain or not met);
 * who stayed with the company in the latest retention period, participants against everyone else.
 */
public record ImpactSummary(
        long programId,
        String programName,
        String status,
        int minimumGroupSize,
        Value activePairs,
        Value matchRatePercent,
        Value hours,
        Value engagementScore,
        BigDecimal outcomesValue,
        Double roiPercent,
        int objectives,
        int objectivesMet,
        int objectivesKnown,
        Value participantsStayedPercent,
        Value othersStayedPercent) {

    /** A figure as a person reads it: its text, none ({@code null}) when there is no value, or suppressed. */
    public record Value(String text, boolean suppressed) {

        public boolean shown() {
            return text != null;
        }
    }
}
