package org.upward.impact.internal;

import java.util.Locale;
import org.upward.shared.UiText;

/** Says a skill's change in plain words, and says honestly when the data don't show one. */
final class ChangeSentence {

    private ChangeSentence() {}

    /**
     * For example "AI assistants: mentees improved by 1.4 points (95% CI 1.1–1.7), a large effect." or
     * "Negotiation: mentors changed by 0.1 points (95% CI −0.3 to 0.5), which is no clear change."
     */
    public static String of(String skill, String group, PairedChange change) {
        if (SmallGroups.suppressed(change.n())) {
            return UiText.of("impact.sentence.tooFew", skill, group, SmallGroups.MINIMUM);
        }
        if (!change.isClear()) {
            return UiText.of(
                    "impact.sentence.unclear",
                    skill,
                    group,
                    signed(change.meanChange()),
                    signed(change.ciLow()),
                    signed(change.ciHigh()));
        }
        boolean up = change.meanChange() > 0;
        return UiText.of(
                up ? "impact.sentence.improved" : "impact.sentence.declined",
                skill,
                group,
                oneDecimal(Math.abs(change.meanChange())),
                oneDecimal(Math.abs(up ? change.ciLow() : change.ciHigh())),
                oneDecimal(Math.abs(up ? change.ciHigh() : change.ciLow())),
                change.effectSize().words());
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value);
    }

    private static String signed(double value) {
        String number = String.format(Locale.ENGLISH, "%.1f", Math.abs(value));
        return value < 0 && !number.equals("0.0") ? "−" + number : number;
    }
}
