package org.upward.survey.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.upward.survey.SurveyResponseRequest;

/**
 * The answering page's fields as posted: the standard items by name and custom items as
 * {@code item-<id>}. Kept as text, so a draft can hold a half-filled form exactly as typed.
 */
record AnswerForm(Map<String, String> fields) {

    static final List<String> STANDARD =
            List.of("collaboration", "satisfaction", "intergenerationalCommunication", "recommend", "comments");

    static AnswerForm of(MultiValueMap<String, String> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if ((STANDARD.contains(name) || name.matches("item-\\d{1,18}")) && !values.isEmpty()) {
                String value = values.get(0);
                if (value != null && !value.isBlank()) {
                    fields.put(name, value);
                }
            }
        });
        return new AnswerForm(fields);
    }

    SurveyResponseRequest toRequest() {
        Map<String, Object> custom = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("item-")) {
                custom.put(name.substring("item-".length()), value);
            }
        });
        return new SurveyResponseRequest(
                number("collaboration"),
                number("satisfaction"),
                number("intergenerationalCommunication"),
                number("recommend"),
                fields.get("comments"),
                custom);
    }

    /** A posted number, or -1 for text that isn't one (so validation names the field). */
    private Integer number(String name) {
        String value = fields.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
