package org.upward.wrapup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.upward.wrapup.WrapUpSummary;
import org.upward.wrapup.internal.WrapUpCounts.Counts;

/** The n < 5 rule of the wrap-up figures, and the figures in words once enough people answered. */
class WrapUpFiguresTest {

    @Test
    void fourAnswersShowNothingNotEvenAQuote() {
        WrapUpSummary summary = WrapUpFigures.of(7, new Counts(8, 4, 4, 0, 0, 3, 1, 0), List.of("A quote"));
        assertThat(summary.suppressed()).isTrue();
        assertThat(summary.goals()).isNull();
        assertThat(summary.recommend()).isNull();
        assertThat(summary.quotes()).isEmpty();
        assertThat(summary.reason())
                .isEqualTo("Fewer than 5 people have answered their wrap-up (4 so far, of 8"
                        + " asked), so the answers are not shown: nobody's answers can be read out of so few.");
    }

    @Test
    void noneDueSaysSo() {
        WrapUpSummary summary = WrapUpFigures.of(7, new Counts(0, 0, 0, 0, 0, 0, 0, 0), List.of());
        assertThat(summary.suppressed()).isTrue();
        assertThat(summary.reason()).startsWith("No wrap-ups yet");
    }

    @Test
    void fiveAnswersShowTheSharesInWords() {
        WrapUpSummary summary =
                WrapUpFigures.of(7, new Counts(6, 5, 3, 1, 1, 4, 2, 2), List.of("One", "Two", "Three", "Four"));
        assertThat(summary.suppressed()).isFalse();
        assertThat(summary.goals()).isEqualTo(new WrapUpSummary.GoalShares(8, 50, 25, 25));
        assertThat(summary.recommend()).isEqualTo(new WrapUpSummary.RecommendShares(5, 60, 20, 20));
        assertThat(summary.quotes()).containsExactly("One", "Two", "Three");
        assertThat(summary.sentences())
                .containsExactly(
                        "5 of 6 people asked answered their wrap-up.",
                        "Goals: 50% achieved, 25% partly achieved, 25% not achieved (8 goal ratings).",
                        "60% would recommend the program to a colleague, 20% maybe, 20% would not.");
    }
}
