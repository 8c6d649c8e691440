package org.upward.wrapup.internal;

import java.util.ArrayList;
import java.util.List;
import org.upward.shared.UiText;
import org.upward.wrapup.WrapUpSummary;
import org.upward.wrapup.WrapUpSummary.GoalShares;
import org.upward.wrapup.WrapUpSummary.RecommendShares;
import org.upward.wrapup.internal.WrapUpCounts.Counts;

/**
 * A program's wrap-up figures in words, under the privacy rule of every result: with fewer than {@link #MINIMUM}
 * people answered, nothing is shown, not even a quote, so nobody's answers can be read out of an aggregate.
 */
final class WrapUpFigures {

    static final int MINIMUM = 5;
    static final int QUOTES = 3;
    private static final int LONGEST_QUOTE = 280;

    private WrapUpFigures() {}

    static boolean suppressed(Counts counts) {
        return counts.answered() < MINIMUM;
    }

    static WrapUpSummary of(long programId, Counts counts, List<String> shared) {
        if (suppressed(counts)) {
            String reason = counts.due() == 0
                    ? UiText.of("wrapup.summary.noneDue")
                    : UiText.of("wrapup.summary.suppressed", MINIMUM, counts.answered(), counts.due());
            return new WrapUpSummary(
                    programId,
                    counts.due(),
                    counts.answered(),
                    MINIMUM,
                    true,
                    reason,
                    null,
                    null,
                    List.of(reason),
                    List.of());
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(UiText.of("wrapup.summary.answered", counts.answered(), counts.due()));
        int ratings = counts.achieved() + counts.partly() + counts.notAchieved();
        GoalShares goals = null;
        if (ratings == 0) {
            sentences.add(UiText.of("wrapup.summary.noGoals"));
        } else {
            goals = new GoalShares(
                    ratings,
                    percent(counts.achieved(), ratings),
                    percent(counts.partly(), ratings),
                    percent(counts.notAchieved(), ratings));
            sentences.add(
                    UiText.of("wrapup.summary.goals", goals.achieved(), goals.partly(), goals.notAchieved(), ratings));
        }
        RecommendShares recommend = new RecommendShares(
                counts.answered(),
                percent(counts.yes(), counts.answered()),
                percent(counts.maybe(), counts.answered()),
                percent(counts.no(), counts.answered()));
        sentences.add(UiText.of("wrapup.summary.recommend", recommend.yes(), recommend.maybe(), recommend.no()));
        List<String> quotes =
                shared.stream().limit(QUOTES).map(WrapUpFigures::shortened).toList();
        return new WrapUpSummary(
                programId,
                counts.due(),
                counts.answered(),
                MINIMUM,
                false,
                null,
                goals,
                recommend,
                List.copyOf(sentences),
                quotes);
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    private static String shortened(String text) {
        return text.length() <= LONGEST_QUOTE
                ? text
                : text.substring(0, LONGEST_QUOTE - 1).stripTrailing() + "…";
    }
}
