package org.upward.impact.internal;

import org.upward.shared.UiText;

/**
 * How much pairs meet: sessions per pair per month (a distribution), total hours, the share of pairs keeping
 * the cadence, the average feedback and check-in ratings, and one engagement score.
 */
record Engagement(
        Distribution sessionsPerPairPerMonth,
        Figure sessions,
        Figure hours,
        Figure keepingCadencePercent,
        Figure feedbackAverage,
        Figure checkInAverage,
        Figure score) {

    /**
     * The engagement score, 0–100: 40 × the share of pairs keeping the cadence + 30 × the median pair's
     * sessions per month against one session per cadence period (capped at 1) + 15 × the feedback average and
     * 15 × the check-in average, each rescaled from 1–5 to 0–1. Suppressed when any part is.
     */
    public static String scoreFormula() {
        return UiText.of("impact.score.formulaText");
    }
}
