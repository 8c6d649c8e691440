package org.upward.agreement.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upward.agreement.AgreementRequest;
import org.upward.agreement.AgreementRequest.GoalRequest;
import org.upward.agreement.AgreementView.GoalStatus;
import org.upward.agreement.internal.PairAgreement.GoalText;
import org.upward.program.ObjectiveView;
import org.upward.program.ProgramView;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/** What an agreement must hold: its text, one to three goals, each tied to one objective or one focus skill. */
final class AgreementRules {

    static final int MAX_TEXT = 10_000;
    static final int MAX_RHYTHM = 200;
    static final int MAX_STATEMENT = 500;
    static final int MAX_GOALS = 3;

    private AgreementRules() {}

    /** The goals as they will be kept, or {@link InvalidFieldsException} naming every field that is wrong. */
    static List<GoalText> check(AgreementRequest request, ProgramView program) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.text() == null || request.text().isBlank()) {
            problems.add(new FieldProblem("text", UiText.of("agreement.error.textRequired")));
        } else if (request.text().length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", UiText.of("agreement.error.textTooLong", MAX_TEXT)));
        }
        if (request.meetingRhythm() != null && request.meetingRhythm().length() > MAX_RHYTHM) {
            problems.add(new FieldProblem("meetingRhythm", UiText.of("agreement.error.rhythmTooLong", MAX_RHYTHM)));
        }
        if (request.version() == null) {
            problems.add(new FieldProblem("version", UiText.of("agreement.error.versionRequired")));
        }
        List<GoalRequest> goals = request.goals() == null ? List.of() : request.goals();
        if (goals.isEmpty() || goals.size() > MAX_GOALS) {
            problems.add(new FieldProblem("goals", UiText.of("agreement.error.oneToThreeGoals")));
        }
        Map<String, String> skills = focusSkills(program);
        List<GoalText> texts = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            GoalRequest goal = goals.get(i);
            String at = "goals[" + i + "].";
            if (goal == null) {
                problems.add(new FieldProblem("goals[" + i + "]", UiText.of("agreement.error.goalMissing")));
                continue;
            }
            String statement = blankToNull(goal.statement());
            if (statement == null) {
                problems.add(new FieldProblem(at + "statement", UiText.of("agreement.error.statementRequired")));
            } else if (statement.length() > MAX_STATEMENT) {
                problems.add(new FieldProblem(
                        at + "statement", UiText.of("agreement.error.statementTooLong", MAX_STATEMENT)));
            }
            String skill = blankToNull(goal.skill());
            Integer objective = goal.objectiveIndex();
            if ((objective == null) == (skill == null)) {
                problems.add(new FieldProblem(at + "objectiveIndex", UiText.of("agreement.error.objectiveOrSkill")));
            } else if (objective != null
                    && (objective < 0 || objective >= program.objectives().size())) {
                problems.add(new FieldProblem(
                        at + "objectiveIndex",
                        UiText.of(
                                "agreement.error.noSuchObjective",
                                program.objectives().size())));
            } else if (skill != null && !skills.containsKey(skill.toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(
                        at + "skill", UiText.of("agreement.error.noSuchSkill", String.join(", ", skills.values()))));
            } else {
                texts.add(new GoalText(
                        goal.id(),
                        statement,
                        objective,
                        skill == null ? null : skills.get(skill.toLowerCase(Locale.ROOT)),
                        (goal.status() == null ? GoalStatus.OPEN : goal.status()).name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return texts;
    }

    /** The program's focus skills by lower-case name, in the objectives' order. */
    static Map<String, String> focusSkills(ProgramView program) {
        Map<String, String> skills = new LinkedHashMap<>();
        for (ObjectiveView objective : program.objectives()) {
            if (objective.focusSkills() != null) {
                objective.focusSkills().forEach(s -> skills.putIfAbsent(s.toLowerCase(Locale.ROOT), s));
            }
        }
        return skills;
    }

    /** A goal id that is not one of the pair's: 422 on the session's {@code goalsDone}, where goals are ticked. */
    static InvalidFieldsException noSuchGoal() {
        return new InvalidFieldsException(
                List.of(new FieldProblem("goalsDone", UiText.of("agreement.error.noSuchGoal"))));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
