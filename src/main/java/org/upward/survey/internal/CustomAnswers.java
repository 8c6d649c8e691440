package org.upward.survey.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;
import org.upward.survey.ItemKind;

/** Checks answers to a program's own items against the items: known ids, 1–5 for scales, text up to 2,000. */
final class CustomAnswers {

    static final int MAX_TEXT = 2000;

    private final Map<String, SurveyItem> items;

    CustomAnswers(List<SurveyItem> items) {
        this.items = items.stream().collect(Collectors.toMap(i -> String.valueOf(i.getId()), Function.identity()));
    }

    /** The answers as stored (blank ones dropped), or the problems, each named {@code custom.<id>}. */
    record Checked(Map<String, Object> answers, List<FieldProblem> problems) {}

    Checked check(Map<String, Object> answers) {
        Map<String, Object> kept = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        answers.forEach((key, value) -> {
            String field = "custom." + key;
            SurveyItem item = items.get(key);
            if (item == null) {
                problems.add(new FieldProblem(field, UiText.of("survey.error.noSuchItemInThisProgram")));
            } else if (value == null || (value instanceof String text && text.isBlank())) {
                return;
            } else if (item.getKind() == ItemKind.SCALE) {
                Integer level = scale(value);
                if (level == null) {
                    problems.add(new FieldProblem(field, UiText.of("survey.error.mustBeAWholeNumberFrom")));
                } else {
                    kept.put(key, level);
                }
            } else if (!(value instanceof String text)) {
                problems.add(new FieldProblem(field, UiText.of("survey.error.mustBeText")));
            } else if (text.strip().length() > MAX_TEXT) {
                problems.add(new FieldProblem(field, UiText.of("survey.error.atMost2000Characters")));
            } else {
                kept.put(key, text.strip());
            }
        });
        return new Checked(kept, problems);
    }

    private static Integer scale(Object value) {
        if (value instanceof Integer level && level >= 1 && level <= 5) {
            return level;
        }
        if (value instanceof String text && text.matches("[1-5]")) {
            return Integer.valueOf(text);
        }
        return null;
    }
}
