package org.upward.wrapup.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.upward.agreement.AgreementView.Goal;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;
import org.upward.wrapup.Attainment;
import org.upward.wrapup.internal.WrapUpRequest.GoalAnswer;
import org.upward.wrapup.internal.WrapUpRows.GoalRow;

/** What a wrap-up must hold: a rating for every goal of the agreement, a recommendation, at most 2000 characters. */
final class WrapUpRules {

    static final int MAX_CHANGED = 2000;

    private WrapUpRules() {}

    /** The goal ratings as they will be kept, or {@link InvalidFieldsException} naming every field that is wrong. */
    static List<GoalRow> check(WrapUpRequest request, List<Goal> agreed) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, Attainment> rated = new HashMap<>();
        List<GoalAnswer> answers = request.goals() == null ? List.of() : request.goals();
        for (int i = 0; i < answers.size(); i++) {
            GoalAnswer answer = answers.get(i);
            if (answer == null
                    || answer.goalId() == null
                    || agreed.stream().noneMatch(g -> answer.goalId().equals(g.id()))) {
                problems.add(new FieldProblem("goals[" + i + "].goalId", UiText.of("wrapup.error.noSuchGoal")));
            } else if (answer.attainment() != null) {
                rated.put(answer.goalId(), answer.attainment());
            }
        }
        List<GoalRow> rows = new ArrayList<>();
        for (int i = 0; i < agreed.size(); i++) {
            Goal goal = agreed.get(i);
            Attainment attainment = rated.get(goal.id());
            if (attainment == null) {
                problems.add(new FieldProblem(
                        "goals[" + i + "].attainment", UiText.of("wrapup.error.rateGoal", goal.statement())));
            } else {
                rows.add(new GoalRow(goal.id(), goal.statement(), attainment));
            }
        }
        if (request.whatChanged() != null && request.whatChanged().length() > MAX_CHANGED) {
            problems.add(new FieldProblem("whatChanged", UiText.of("wrapup.error.changedTooLong", MAX_CHANGED)));
        }
        if (request.recommend() == null) {
            problems.add(new FieldProblem("recommend", UiText.of("wrapup.error.recommendRequired")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return rows;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
