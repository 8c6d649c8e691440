package org.upward.wrapup;

import java.util.List;

/**
 * A program's wrap-ups in aggregate, for admins and executives: how many were due and answered, the share of goals
 * achieved, partly achieved and not achieved, the share who would recommend the program, and a few "what changed"
 * quotes their authors shared, without names. With fewer than {@code minimumGroupSize} answers every figure and
 * quote is withheld ({@code suppressed}), and {@code reason} says why in words; {@code sentences} say the rest.
 */
public record WrapUpSummary(
        long programId,
        int due,
        int answered,
        int minimumGroupSize,
        boolean suppressed,
        String reason,
        GoalShares goals,
        RecommendShares recommend,
        List<String> sentences,
        List<String> quotes) {

    /** Whole-number percentages of the {@code ratings} goal ratings given; null when suppressed. */
    public record GoalShares(int ratings, int achieved, int partly, int notAchieved) {}

    /** Whole-number percentages of the {@code people} who answered; null when suppressed. */
    public record RecommendShares(int people, int yes, int maybe, int no) {}
}
