package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ObjectiveMeasure.Kind;

/** Every kind of measure and every verdict reads as a sentence, with its numbers at a sensible precision. */
class ResultSentenceTest {

    private static ObjectiveMeasure measure(Kind kind) {
        return new ObjectiveMeasure(
                kind,
                ObjectiveMeasure.Side.MENTEE,
                List.of("AI assistants"),
                kind == Kind.SHARE_REACHING_LEVEL ? new BigDecimal("4") : null,
                new BigDecimal(kind == Kind.OUTCOME_VALUE ? "20000" : "3.5"),
                kind == Kind.SURVEY_CHANGE ? ObjectiveMeasure.SurveyItem.NPS : null,
                kind == Kind.SURVEY_CHANGE ? "MONTH_6" : null);
    }

    private static ObjectiveResult result(ObjectiveMeasure measure, Judgement verdict, Double value) {
        return new ObjectiveResult(
                0,
                "Use AI",
                measure,
                verdict,
                value,
                value == null ? null : value - 0.4,
                value == null ? null : value + 0.4,
                value == null ? null : 12L,
                measure.target(),
                verdict == Judgement.NOT_YET_KNOWN ? "No data yet." : null);
    }

    @Test
    void theIssuesExampleReadsAsWritten() {
        ObjectiveResult result = new ObjectiveResult(
                0,
                "Use AI",
                measure(Kind.SKILL_POST_MEAN),
                Judgement.UNCERTAIN,
                3.6,
                3.2,
                4.0,
                12L,
                new BigDecimal("3.5"),
                null);
        assertThat(ResultSentence.sentence(result))
                .isEqualTo("Mentees’ AI assistants average after the program: 3.6 (we can be 95% sure it lies between"
                        + " 3.2 and 4). Target 3.5: probably met, but the evidence is not strong enough to be sure.");
        assertThat(ResultSentence.measureWords(result.measure()))
                .isEqualTo("Mentees’ AI assistants average after the program is at least 3.5.");
    }

    @Test
    void everyKindAndVerdictHasWordsAndNoCodes() {
        for (Kind kind : Kind.values()) {
            ObjectiveMeasure measure = measure(kind);
            assertThat(ResultSentence.measureWords(measure)).doesNotContain("_").doesNotContain("{");
            for (Judgement verdict : Judgement.values()) {
                Double value = verdict == Judgement.NOT_YET_KNOWN || kind == Kind.QUALITATIVE ? null : 3.7;
                ObjectiveResult result = kind == Kind.QUALITATIVE && verdict != Judgement.NOT_YET_KNOWN
                        ? new ObjectiveResult(0, "x", measure, verdict, null, null, null, null, null, "Ten said so.")
                        : result(measure, verdict, value);
                String sentence = ResultSentence.sentence(result);
                assertThat(sentence)
                        .as("%s %s", kind, verdict)
                        .isNotBlank()
                        .doesNotContain("MENTEE")
                        .doesNotContain("MONTH_6")
                        .doesNotContain("{");
            }
        }
    }

    @Test
    void sharesAreWholePercentsChangesAreSignedPointsAndMoneyIsGrouped() {
        assertThat(ResultSentence.sentence(result(measure(Kind.CADENCE_SHARE), Judgement.MET, 74.6)))
                .startsWith("Share of pairs keeping the check-in rhythm: 75 % (we can be 95% sure it lies between 74 %"
                        + " and 75 %)");
        assertThat(ResultSentence.sentence(result(measure(Kind.SKILL_CHANGE), Judgement.NOT_MET, 1.26)))
                .startsWith("Mentees’ AI assistants average gain: +1.3 points")
                .endsWith("Target +3.5 points: not met, even the high end of that range falls short.");
        assertThat(ResultSentence.sentence(result(measure(Kind.OUTCOME_VALUE), Judgement.MET, 25000.0)))
                .startsWith("Business outcomes recorded: 25,000");
        assertThat(ResultSentence.sentence(result(measure(Kind.SURVEY_CHANGE), Judgement.UNCERTAIN, -12.0)))
                .startsWith("Participants’ Net promoter score from the baseline to 6 months: change: −12 points");
    }
}
