package org.upward.impact;

import java.util.Locale;

/** Says a skill's change in plain words, and says honestly when the data don't show one. */
public final class ChangeSentence {

    private ChangeSentence() {}

    /**
     * For example "AI assistants: mentees improved by 1.4 points (95% CI 1.1–1.7), a large effect." or
     * "Negotiation: mentors changed by 0.1 points (95% CI −0.3 to 0.5), which is no clear change."
     */
    public static String of(String skill, String group, PairedChange change) {
        if (SmallGroups.suppressed(change.n())) {
            return String.format(
                    Locale.ENGLISH,
                    "%s: too few %s answered before and after to report (fewer than %d).",
                    skill,
                    group,
                    SmallGroups.MINIMUM);
        }
        if (!change.isClear()) {
            return String.format(
                    Locale.ENGLISH,
                    "%s: %s changed by %s points (95%% CI %s to %s), which is no clear change.",
                    skill,
                    group,
                    signed(change.meanChange()),
                    signed(change.ciLow()),
                    signed(change.ciHigh()));
        }
        boolean up = change.meanChange() > 0;
        return String.format(
                Locale.ENGLISH,
                "%s: %s %s by %.1f points (95%% CI %.1f–%.1f), %s.",
                skill,
                group,
                up ? "improved" : "declined",
                Math.abs(change.meanChange()),
                Math.abs(up ? change.ciLow() : change.ciHigh()),
                Math.abs(up ? change.ciHigh() : change.ciLow()),
                change.effectSize().words());
    }

    private static String signed(double value) {
        String number = String.format(Locale.ENGLISH, "%.1f", Math.abs(value));
        return value < 0 && !number.equals("0.0") ? "−" + number : number;
    }
}
