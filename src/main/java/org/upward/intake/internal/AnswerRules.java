package org.upward.intake.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upward.intake.IntakeQuestion;
import org.upward.intake.QuestionKind;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/**
 * Checks the answers to a program's questions and writes them down as text, in the questions' order: a multiple
 * choice as its options joined by "; ", a scale as 1 to 5. Answers to questions the form does not ask are dropped.
 */
final class AnswerRules {

    static final int MAX_ANSWER = 2000;

    private AnswerRules() {}

    static Map<String, String> check(
            List<IntakeQuestion> questions, Map<String, Object> answers, List<FieldProblem> problems) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            IntakeQuestion q = questions.get(i);
            String field = "answers[" + i + "]";
            List<String> given = values(answers.get(q.text()));
            if (given.isEmpty()) {
                if (q.required()) {
                    problems.add(new FieldProblem(field, UiText.of("intake.answer.required", q.text())));
                }
                continue;
            }
            String problem = problem(q, given);
            if (problem != null) {
                problems.add(new FieldProblem(field, problem));
            } else {
                kept.put(q.text(), String.join("; ", given));
            }
        }
        return kept;
    }

    private static String problem(IntakeQuestion q, List<String> given) {
        if (q.kind() != QuestionKind.MULTIPLE_CHOICE && given.size() > 1) {
            return UiText.of("intake.answer.oneOnly", q.text());
        }
        if (q.kind().hasOptions() && !q.options().containsAll(given)) {
            return UiText.of("intake.answer.notAnOption", q.text());
        }
        if (q.kind() == QuestionKind.SCALE && !given.get(0).matches("[1-5]")) {
            return UiText.of("intake.answer.scale", q.text());
        }
        if (given.stream().anyMatch(a -> a.length() > MAX_ANSWER)) {
            return UiText.of("intake.answer.tooLong", q.text(), MAX_ANSWER);
        }
        return null;
    }

    private static List<String> values(Object answer) {
        List<String> values = new ArrayList<>();
        if (answer instanceof Collection<?> many) {
            many.forEach(a -> values.addAll(values(a)));
        } else if (answer != null && !answer.toString().isBlank()) {
            values.add(answer.toString().strip());
        }
        return values;
    }
}
