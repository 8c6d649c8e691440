package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's computed wording comes from messages-impact.properties; its keys are built from codes, so
 * this checks each one resolves, in English exactly as the page has always said it.
 */
class ImpactWordingTest {

    @Test
    void effectSizesReadAsCohensWords() {
        assertThat(List.of(EffectSize.values()).stream().map(EffectSize::words))
                .containsExactly(
                        "an effect that cannot be sized",
                        "a negligible effect",
                        "a small effect",
                        "a medium effect",
                        "a large effect");
    }

    @Test
    void everyMatchQualityReadingIsASentence() {
        Correlation flat = Correlation.of(Double.NaN, 10);
        Correlation unclear = Correlation.of(0.1, 10);
        Correlation better = Correlation.of(0.95, 30);
        Correlation worse = Correlation.of(-0.95, 30);
        assertThat(MatchQuality.CorrelationFigure.of(flat, "feedback").reading())
                .isEqualTo("Every pair has the same feedback or score, so there is nothing to relate.");
        assertThat(MatchQuality.CorrelationFigure.of(unclear, "checkIns").reading())
                .isEqualTo("No clear link between the match score and check-ins yet.");
        assertThat(MatchQuality.CorrelationFigure.of(better, "feedback").reading())
                .isEqualTo("Pairs with a higher match score report better feedback.");
        assertThat(MatchQuality.CorrelationFigure.of(worse, "checkIns").reading())
                .isEqualTo("Pairs with a higher match score report worse check-ins: revisit the pairing weights.");
    }

    @Test
    void bucketAndPeriodNamesStayEnglishInTheDataAndAreShownFromTheBundle() {
        for (String label : List.of("none", "under 1", "1 to 2", "2 to 4", "4 or more")) {
            assertThat(new Distribution.Bucket(label, 0.0, null, Figure.of(0, 0)).shownLabel())
                    .isEqualTo(label);
        }
        for (String name : List.of("during the program", "12 months after the program")) {
            assertThat(new Retention.Period(name, LocalDate.of(2027, 1, 1), true, null, null, null, null, null)
                            .shownName())
                    .isEqualTo(name);
        }
    }

    @Test
    void theScoreFormulaReadsAsBefore() {
        assertThat(Engagement.scoreFormula())
                .isEqualTo("40 × share of pairs keeping the cadence"
                        + " + 30 × min(1, median sessions per pair per month ÷ sessions per month at one per cadence"
                        + " period) + 15 × (feedback average − 1) ÷ 4 + 15 × (check-in average − 1) ÷ 4");
    }
}
