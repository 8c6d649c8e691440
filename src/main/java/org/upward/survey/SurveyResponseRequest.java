package org.upward.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * One person's answers to a wave: the four standard items, a comment, and the program's own items by
 * id ({@code custom: {"12": 4, "13": "text"}}; SCALE items 1–5, TEXT items up to 2,000 characters).
 */
public record SurveyResponseRequest(
        @NotNull(message = "{survey.error.answerFrom1To5}")
                @Min(value = 1, message = "{survey.error.mustBeFrom1To5}")
                @Max(value = 5, message = "{survey.error.mustBeFrom1To5}")
                Integer collaboration,
        @NotNull(message = "{survey.error.answerFrom1To5}")
                @Min(value = 1, message = "{survey.error.mustBeFrom1To5}")
                @Max(value = 5, message = "{survey.error.mustBeFrom1To5}")
                Integer satisfaction,
        @NotNull(message = "{survey.error.answerFrom1To5}")
                @Min(value = 1, message = "{survey.error.mustBeFrom1To5}")
                @Max(value = 5, message = "{survey.error.mustBeFrom1To5}")
                Integer intergenerationalCommunication,
        @NotNull(message = "{survey.error.answerFrom0To10}")
                @Min(value = 0, message = "{survey.error.mustBeFrom0To10}")
                @Max(value = 10, message = "{survey.error.mustBeFrom0To10}")
                Integer recommend,
        @Size(max = 4000, message = "{survey.error.atMost4000Characters}") String comments,
        Map<String, Object> custom) {

    public Map<String, Object> customOrEmpty() {
        return custom == null ? Map.of() : custom;
    }
}
