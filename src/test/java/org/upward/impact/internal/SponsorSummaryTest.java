package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ObjectiveMeasure.Kind;

/** The objectives of a sponsor's summary: in words, numbered, and never more than a notice can hold. */
class SponsorSummaryTest {

    private static ObjectiveResult result(int index, String statement, Judgement verdict, Double value) {
        ObjectiveMeasure measure = new ObjectiveMeasure(
                Kind.SKILL_POST_MEAN,
                ObjectiveMeasure.Side.MENTEE,
                List.of("AI assistants"),
                null,
                new BigDecimal("3.5"),
                null,
                null);
        return new ObjectiveResult(
                index,
                statement,
                measure,
                verdict,
                value,
                value == null ? null : value - 0.2,
                value == null ? null : value + 0.2,
                value == null ? null : 12L,
                measure.target(),
                value == null ? "Fewer than 5 people: not shown, to protect their privacy." : null);
    }

    @Test
    void eachObjectiveReadsWithItsVerdictMeasureAndSentence() {
        String text = SponsorSummary.objectives(
                List.of(
                        result(0, "Executives use AI", Judgement.MET, 3.9),
                        result(1, "Executives prompt well", Judgement.NOT_YET_KNOWN, null)),
                4000);
        assertThat(text)
                .isEqualTo("Its objectives\n"
                        + "1. Executives use AI: Met\n"
                        + "   Mentees’ AI assistants average after the program is at least 3.5.\n"
                        + "   Mentees’ AI assistants average after the program: 3.9 (we can be 95% sure it lies"
                        + " between 3.7 and 4.1). Target 3.5: met, even the low end of that range clears it.\n"
                        + "2. Executives prompt well: Not known yet\n"
                        + "   Mentees’ AI assistants average after the program is at least 3.5.\n"
                        + "   Not known yet: Fewer than 5 people: not shown, to protect their privacy.");
    }

    @Test
    void objectivesThatDoNotFitAreCountedAndLeftToTheResultsPage() {
        List<ObjectiveResult> twenty = IntStream.range(0, 20)
                .mapToObj(i -> result(i, i + " " + "x".repeat(480), Judgement.NOT_YET_KNOWN, null))
                .toList();
        String text = SponsorSummary.objectives(twenty, 3000);
        assertThat(text.length()).isLessThanOrEqualTo(3000);
        long shown = text.lines().filter(line -> line.matches("\\d+\\. .*")).count();
        assertThat(shown).isBetween(1L, 19L);
        assertThat(text).endsWith("\n… and " + (20 - shown) + " more, on its results page.");
    }

    @Test
    void aProgramWithoutObjectivesSaysSo() {
        assertThat(SponsorSummary.objectives(List.of(), 4000)).isEqualTo("It has no objectives to judge.");
    }
}
