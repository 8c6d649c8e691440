package org.upward.pairing.engine;

/**
 * Scores a mentor–mentee pair from 0 to 100.
 *
 * <p>Three parts, each 0–1 (shown as 0–100):
 *
 * <ul>
 *   <li><b>Skill gap</b> = Σ priority × max(0, mentor level − mentee level) / Σ priority × (5 − mentee level), summed
 *       over the skills the mentee wants, with priority HIGH = 3, MEDIUM = 2, LOW = 1 and mentor level 0 for a skill
 *       the mentor does not offer. A mentor at level 5 in every wanted skill scores 1; a mentor at or below the
 *       mentee's level in a skill contributes nothing for it. A mentee who wants nothing (or is already at 5
 *       everywhere) scores 0.
 *   <li><b>Shared interest</b> = Jaccard index of the two interest sets: |shared| / |together|; 0 when both are
 *       empty.
 *   <li><b>Work style</b> = (style fit + meeting fit) / 2, where style fit is 1 for the same work style, ½ for
 *       adjacent ones (introvert–ambivert, ambivert–extrovert) and 0 for introvert–extrovert, and meeting fit is 1
 *       when the preferences are equal or either side says EITHER, else 0.
 * </ul>
 *
 * <p>Score = 100 × (w<sub>skill</sub> × skill gap + w<sub>interest</sub> × shared interest + w<sub>style</sub> ×
 * work style) / (w<sub>skill</sub> + w<sub>interest</sub> + w<sub>style</sub>). The score and each part are rounded
 * half up to two decimals (the score from the unrounded parts) and handled in hundredths as whole numbers from then
 * on. The same pair always gets the same score.
 */
final class ScoreCalculator {

    static final int MAX_LEVEL = 5;

    private final double skillGapWeight;
    private final double sharedInterestWeight;
    private final double workStyleWeight;
    private final double weightSum;

    ScoreCalculator(Weights weights) {
        this.skillGapWeight = weights.skillGap();
        this.sharedInterestWeight = weights.sharedInterest();
        this.workStyleWeight = weights.workStyle();
        this.weightSum = weights.sum();
    }

    /** The total score in hundredths, without the breakdown: the hot path of a run. */
    long totalCenti(CompiledMentor mentor, CompiledMentee mentee) {
        return totalCenti(skillGap(mentor, mentee), sharedInterest(mentor, mentee), workStyle(mentor, mentee));
    }

    /** The total score in hundredths from the three unrounded parts (each 0–1). */
    long totalCenti(double skillGap, double sharedInterest, double workStyle) {
        double weighted =
                skillGapWeight * skillGap + sharedInterestWeight * sharedInterest + workStyleWeight * workStyle;
        return Math.round(weighted * 10_000 / weightSum);
    }

    PairScore score(CompiledMentor mentor, CompiledMentee mentee) {
        return new PairScore(
                totalCenti(mentor, mentee),
                Math.round(skillGap(mentor, mentee) * 10_000),
                Math.round(sharedInterest(mentor, mentee) * 10_000),
                Math.round(workStyle(mentor, mentee) * 10_000));
    }

    static double skillGap(CompiledMentor mentor, CompiledMentee mentee) {
        if (mentee.skillGapDenominator() == 0) {
            return 0;
        }
        int covered = 0;
        int[] skills = mentee.wantedSkills();
        for (int k = 0; k < skills.length; k++) {
            int gap = mentor.levelBySkill()[skills[k]] - mentee.currentLevels()[k];
            if (gap > 0) {
                covered += mentee.priorityWeights()[k] * gap;
            }
        }
        return (double) covered / mentee.skillGapDenominator();
    }

    static double sharedInterest(CompiledMentor mentor, CompiledMentee mentee) {
        int shared = 0;
        long[] a = mentor.interestBits();
        long[] b = mentee.interestBits();
        for (int w = 0; w < a.length; w++) {
            shared += Long.bitCount(a[w] & b[w]);
        }
        int together = mentor.interestCount() + mentee.interestCount() - shared;
        return together == 0 ? 0 : (double) shared / together;
    }

    static double workStyle(CompiledMentor mentor, CompiledMentee mentee) {
        return (styleFit(mentor.profile().workStyle(), mentee.profile().workStyle())
                        + meetingFit(
                                mentor.profile().meetingPreference(),
                                mentee.profile().meetingPreference()))
                / 2;
    }

    static double styleFit(WorkStyle a, WorkStyle b) {
        return switch (Math.abs(a.ordinal() - b.ordinal())) {
            case 0 -> 1;
            case 1 -> 0.5;
            default -> 0;
        };
    }

    static double meetingFit(MeetingPreference a, MeetingPreference b) {
        return a == b || a == MeetingPreference.EITHER || b == MeetingPreference.EITHER ? 1 : 0;
    }
}
