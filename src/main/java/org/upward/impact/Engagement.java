package org.upward.impact;

/**
 * How much pairs meet: sessions per pair per month (a distribution), total hours, the share of pairs keeping
 * the cadence, the average feedback and check-in ratings, and one engagement score.
 */
public record Engagement(
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
    public static final String SCORE_FORMULA = "40 × share of pairs keeping the cadence"
            + " + 30 × min(1, median sessions per pair per month ÷ sessions per month at one per cadence period)"
            + " + 15 × (feedback average − 1) ÷ 4 + 15 × (check-in average − 1) ÷ 4";
}
