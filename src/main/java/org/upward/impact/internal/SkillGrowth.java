package org.upward.impact.internal;

import org.upward.shared.UiText;

/**
 * One focus skill's change for one side, from the participants who rated themselves both before (PRE) and
 * after (POST). Everything but {@code n} is null when fewer than five people did.
 */
record SkillGrowth(
        String skill,
        String side,
        int n,
        boolean suppressed,
        Double meanBefore,
        Double meanAfter,
        Double meanChange,
        Double ciLow,
        Double ciHigh,
        Double tTestP,
        Double wilcoxonP,
        Double cohensDz,
        String effectSize,
        boolean clear,
        String sentence) {

    static SkillGrowth of(String skill, String side, PairedChange change) {
        String group = UiText.of(side.equals("MENTEE") ? "impact.sentence.MENTEE" : "impact.sentence.MENTOR");
        String sentence = ChangeSentence.of(skill, group, change);
        if (SmallGroups.suppressed(change.n())) {
            return new SkillGrowth(
                    skill,
                    side,
                    change.n(),
                    true,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    sentence);
        }
        return new SkillGrowth(
                skill,
                side,
                change.n(),
                false,
                round(change.meanBefore()),
                round(change.meanAfter()),
                round(change.meanChange()),
                round(change.ciLow()),
                round(change.ciHigh()),
                exact(change.tTestP()),
                exact(change.wilcoxonP()),
                round(change.cohensDz()),
                change.effectSize().words(),
                change.isClear(),
                sentence);
    }

    private static Double round(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 100) / 100.0;
    }

    private static Double exact(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
