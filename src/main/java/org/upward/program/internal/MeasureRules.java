package org.upward.program.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.upward.people.SkillView;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ObjectiveMeasure.Kind;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/**
 * The rules of an objective's measure: the fields its kind needs, targets in their range, skills that the side
 * is assessed on and survey waves that are scheduled, so that every measure can be judged once its data exist.
 */
final class MeasureRules {

    static final String BASELINE = "BASELINE";
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What a measure may refer to: skill ids assessed per side, and the waves scheduled. */
    record Context(Map<ObjectiveMeasure.Side, Set<Long>> assessed, Set<String> waves) {}

    private final Context context;
    private final Function<String, Optional<SkillView>> skillNamed;
    private final List<FieldProblem> problems;

    MeasureRules(Context context, Function<String, Optional<SkillView>> skillNamed, List<FieldProblem> problems) {
        this.context = context;
        this.skillNamed = skillNamed;
        this.problems = problems;
    }

    /** The measure with its skill ids, or null after adding its problems (or for no measure). */
    ValidMeasure check(ObjectiveMeasure measure, String outcomeMeasure, String field) {
        if (measure == null) {
            return null;
        }
        Kind kind = measure.kind();
        int before = problems.size();
        if (kind == null) {
            problem(field + ".kind", "program.error.measure.chooseKind");
            return null;
        }
        List<Long> skillIds = List.of();
        switch (kind) {
            case SKILL_POST_MEAN -> {
                skillIds = skills(measure, field);
                range(measure.target(), ONE, FIVE, field + ".target");
            }
            case SKILL_CHANGE -> {
                skillIds = skills(measure, field);
                range(measure.target(), FIVE.negate().add(ONE), FIVE.subtract(ONE), field + ".target");
            }
            case SHARE_REACHING_LEVEL -> {
                skillIds = skills(measure, field);
                if (measure.level() == null) {
                    problem(field + ".level", "program.error.measure.giveTheLevel");
                } else {
                    range(measure.level(), ONE, FIVE, field + ".level");
                }
                range(measure.target(), BigDecimal.ZERO, HUNDRED, field + ".target");
            }
            case SURVEY_CHANGE -> surveyChange(measure, field);
            case CADENCE_SHARE -> range(measure.target(), BigDecimal.ZERO, HUNDRED, field + ".target");
            case RETENTION_DIFFERENCE -> range(measure.target(), HUNDRED.negate(), HUNDRED, field + ".target");
            case OUTCOME_VALUE ->
                range(measure.target(), BigDecimal.ZERO, new BigDecimal("9999999999.99"), field + ".target");
            case QUALITATIVE -> {
                if (outcomeMeasure == null || outcomeMeasure.isBlank()) {
                    problem(field.replace(".measure", ".outcomeMeasure"), "program.error.measure.describeQualitative");
                }
            }
        }
        return problems.size() == before ? new ValidMeasure(measure, skillIds) : null;
    }

    private List<Long> skills(ObjectiveMeasure measure, String field) {
        if (measure.side() == null) {
            problem(field + ".side", "program.error.measure.chooseSide");
            return List.of();
        }
        if (measure.skillsOrNone().isEmpty()) {
            problem(field + ".skills", "program.error.measure.chooseSkills");
            return List.of();
        }
        Set<Long> assessed = context.assessed().getOrDefault(measure.side(), Set.of());
        return measure.skillsOrNone().stream()
                .map(name -> {
                    SkillView skill = name == null || name.isBlank()
                            ? null
                            : skillNamed.apply(name).orElse(null);
                    if (skill == null) {
                        problems.add(
                                new FieldProblem(field + ".skills", UiText.of("program.error.isNotASkillOfThe", name)));
                        return null;
                    }
                    if (!assessed.contains(skill.id())) {
                        problems.add(new FieldProblem(
                                field + ".skills",
                                UiText.of(
                                        "program.error.measure.skillNotAssessed",
                                        skill.name(),
                                        UiText.named("program.measure.side.", measure.side()))));
                        return null;
                    }
                    return skill.id();
                })
                .filter(id -> id != null)
                .distinct()
                .toList();
    }

    private void surveyChange(ObjectiveMeasure measure, String field) {
        if (measure.item() == null) {
            problem(field + ".item", "program.error.measure.chooseItem");
        }
        String wave = measure.wave() == null ? "" : measure.wave().trim().toUpperCase(Locale.ROOT);
        if (wave.isEmpty() || wave.equals(BASELINE)) {
            problem(field + ".wave", "program.error.measure.chooseWave");
        } else if (!context.waves().contains(wave)) {
            problems.add(new FieldProblem(field + ".wave", UiText.of("program.error.measure.waveNotScheduled", wave)));
        } else if (!context.waves().contains(BASELINE)) {
            problem(field + ".wave", "program.error.measure.baselineNotScheduled");
        }
        BigDecimal limit =
                measure.item() == ObjectiveMeasure.SurveyItem.NPS ? BigDecimal.valueOf(200) : FIVE.subtract(ONE);
        range(measure.target(), limit.negate(), limit, field + ".target");
    }

    private void range(BigDecimal value, BigDecimal min, BigDecimal max, String field) {
        if (value == null) {
            problem(field, "program.error.measure.giveTheTarget");
        } else if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.scale() > 2) {
            problems.add(new FieldProblem(
                    field, UiText.of("program.error.measure.outOfRange", min.toPlainString(), max.toPlainString())));
        }
    }

    private void problem(String field, String key) {
        problems.add(new FieldProblem(field, UiText.of(key)));
    }
}
