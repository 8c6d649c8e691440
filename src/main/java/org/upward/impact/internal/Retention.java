package org.upward.impact.internal;

import java.time.LocalDate;
import java.util.List;
import org.upward.shared.UiText;

/**
 * Who stayed with the company: participants against everyone else who worked there when the program started,
 * over the program's period and over the 12 months after it (once that time has passed).
 */
record Retention(List<Period> periods) {

    /**
     * @param until the day the period ends (or today, while it runs)
     * @param complete false while the period is still running: its figures are "so far"
     * @param differencePoints participants' retention minus everyone else's, in percentage points, with its 95%
     *     confidence interval (normal approximation for two proportions)
     */
    public record Period(
            String name,
            LocalDate until,
            boolean complete,
            Group participants,
            Group others,
            Figure differencePoints,
            Double ciLow,
            Double ciHigh) {

        /** The name ("during the program") is the period's value in the API and the CSV; the page shows this. */
        public String shownName() {
            String key = "impact.retention.name." + name.replace(" ", "");
            return UiText.of(key);
        }
    }

    public record Group(long people, Figure stayed, Figure retainedPercent) {}
}
