package org.upward.impact.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ObjectiveMeasure.Kind;
import org.upward.shared.UiText;

/**
 * A judged objective in plain words for the results page: what is measured with its target ("Mentees' average on
 * AI assistants after the program is at least 3.5") and what the evidence says, with its 95% range and verdict.
 */
final class ResultSentence {

    private ResultSentence() {}

    /** One objective on the page: the result, its measure in words and the sentence about it. */
    record Line(ObjectiveResult result, String measure, String sentence) {

        static Line of(ObjectiveResult result) {
            return new Line(result, measureWords(result.measure()), ResultSentence.sentence(result));
        }
    }

    static String measureWords(ObjectiveMeasure measure) {
        if (measure == null) {
            return UiText.of("impact.results.measure.none");
        }
        if (measure.kind() == Kind.QUALITATIVE) {
            return UiText.of("impact.results.measure.QUALITATIVE");
        }
        return UiText.named(
                "impact.results.measure.", measure.kind(), subject(measure), number(measure, measure.target()));
    }

    static String sentence(ObjectiveResult result) {
        ObjectiveMeasure measure = result.measure();
        if (measure == null) {
            return result.reason();
        }
        if (measure.kind() == Kind.QUALITATIVE) {
            return result.verdict() == Judgement.NOT_YET_KNOWN
                    ? result.reason()
                    : UiText.named("impact.results.qualitative.", result.verdict(), result.reason());
        }
        if (result.value() == null) {
            return UiText.of("impact.results.notKnown", result.reason());
        }
        String what = UiText.named("impact.results.what.", measure.kind(), subject(measure));
        String value = number(measure, BigDecimal.valueOf(result.value()));
        String range = result.low() == null || result.low().equals(result.high())
                ? ""
                : UiText.of(
                        "impact.results.range",
                        number(measure, BigDecimal.valueOf(result.low())),
                        number(measure, BigDecimal.valueOf(result.high())));
        String verdict = result.verdict() == Judgement.NOT_YET_KNOWN
                ? result.reason()
                : UiText.named("impact.results.verdict.", verdictKey(result), number(measure, result.target()));
        return UiText.of("impact.results.sentence", what, value, range, verdict);
    }

    private static String verdictKey(ObjectiveResult result) {
        if (result.verdict() != Judgement.UNCERTAIN) {
            return result.verdict().name();
        }
        return result.value() >= result.target().doubleValue() ? "UNCERTAIN_ABOVE" : "UNCERTAIN_BELOW";
    }

    /** Who and what is measured: "mentees' AI assistants", "collaboration", "the 6 months wave". */
    private static String subject(ObjectiveMeasure measure) {
        return switch (measure.kind()) {
            case SKILL_POST_MEAN, SKILL_CHANGE, SHARE_REACHING_LEVEL ->
                UiText.of(
                        measure.kind() == Kind.SHARE_REACHING_LEVEL
                                ? "impact.results.subject.level"
                                : "impact.results.subject.skills",
                        UiText.named("impact.results.side.", measure.side()),
                        String.join(", ", measure.skillsOrNone()),
                        measure.level() == null ? "" : plain(measure.level(), 1));
            case SURVEY_CHANGE ->
                UiText.of(
                        "impact.results.subject.survey",
                        UiText.named("program.measure.item.", measure.item()),
                        UiText.ofOr("survey.wave.name." + measure.wave(), measure.wave()));
            default -> "";
        };
    }

    /** A value in the measure's unit: a level to 1 decimal, a change in points, a share in whole percent, money. */
    private static String number(ObjectiveMeasure measure, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return switch (measure.kind()) {
            case SKILL_POST_MEAN -> plain(value, 1);
            case SKILL_CHANGE, SURVEY_CHANGE, RETENTION_DIFFERENCE ->
                UiText.of(
                        "impact.results.points",
                        signed(value, measure.item() == ObjectiveMeasure.SurveyItem.NPS ? 0 : 1));
            case SHARE_REACHING_LEVEL, CADENCE_SHARE -> UiText.of("impact.results.percent", plain(value, 0));
            case OUTCOME_VALUE ->
                new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
            case QUALITATIVE -> "";
        };
    }

    private static String plain(BigDecimal value, int decimals) {
        return value.setScale(decimals, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String signed(BigDecimal value, int decimals) {
        String text = plain(value, decimals);
        return value.signum() > 0 ? "+" + text : text.replace("-", "−");
    }
}
