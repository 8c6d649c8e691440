package org.upward.intake.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.upward.enrollment.Side;
import org.upward.intake.EligibilityRule;
import org.upward.intake.IntakeQuestion;
import org.upward.intake.IntakeSettings;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/** What an intake must look like: ordered dates, at least one side, well-formed questions, sensible limits. */
final class IntakeRules {

    static final int MAX_QUESTIONS = 20;
    static final int MAX_TEXT = 300;

    private IntakeRules() {}

    static void check(IntakeSettings s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.opensOn() == null) {
            problems.add(new FieldProblem("opensOn", UiText.of("intake.error.dateRequired")));
        }
        if (s.closesOn() == null) {
            problems.add(new FieldProblem("closesOn", UiText.of("intake.error.dateRequired")));
        } else if (s.opensOn() != null && s.closesOn().isBefore(s.opensOn())) {
            problems.add(new FieldProblem("closesOn", UiText.of("intake.error.closesBeforeOpens")));
        }
        if (s.sides().isEmpty()) {
            problems.add(new FieldProblem("sides", UiText.of("intake.error.sidesRequired")));
        }
        questions(s.questions(), problems);
        for (Map.Entry<Side, EligibilityRule> rule : s.eligibility().entrySet()) {
            eligibility("eligibility." + rule.getKey().name() + ".", rule.getValue(), problems);
        }
        for (Map.Entry<Side, Integer> places : s.places().entrySet()) {
            if (places.getValue() == null || places.getValue() < 1) {
                problems.add(new FieldProblem(
                        "places." + places.getKey().name(), UiText.of("intake.error.placesAtLeastOne")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private static void questions(List<IntakeQuestion> questions, List<FieldProblem> problems) {
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(new FieldProblem("questions", UiText.of("intake.error.tooManyQuestions", MAX_QUESTIONS)));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            IntakeQuestion q = questions.get(i);
            String field = "questions[" + i + "].";
            if (q == null || q.text() == null || q.text().isBlank() || q.text().length() > MAX_TEXT) {
                problems.add(new FieldProblem(field + "text", UiText.of("intake.error.questionText", MAX_TEXT)));
            } else if (!seen.add(q.text().strip())) {
                problems.add(new FieldProblem(field + "text", UiText.of("intake.error.questionTwice")));
            }
            if (q == null || q.kind() == null) {
                problems.add(new FieldProblem(field + "kind", UiText.of("intake.error.kindRequired")));
            } else if (q.kind().hasOptions()
                    && q.options().stream()
                                    .filter(o -> o != null && !o.isBlank())
                                    .count()
                            < 2) {
                problems.add(new FieldProblem(field + "options", UiText.of("intake.error.optionsRequired")));
            } else if (!q.kind().hasOptions() && !q.options().isEmpty()) {
                problems.add(new FieldProblem(field + "options", UiText.of("intake.error.noOptions")));
            }
        }
    }

    private static void eligibility(String prefix, EligibilityRule rule, List<FieldProblem> problems) {
        if (rule == null) {
            return;
        }
        if (rule.minJobLevel() != null && rule.minJobLevel() < 0) {
            problems.add(new FieldProblem(prefix + "minJobLevel", UiText.of("intake.error.notNegative")));
        }
        if (rule.minJobLevel() != null && rule.maxJobLevel() != null && rule.maxJobLevel() < rule.minJobLevel()) {
            problems.add(new FieldProblem(prefix + "maxJobLevel", UiText.of("intake.error.maxBelowMin")));
        }
        if (rule.minTenureMonths() != null && rule.minTenureMonths() < 0) {
            problems.add(new FieldProblem(prefix + "minTenureMonths", UiText.of("intake.error.notNegative")));
        }
    }
}
