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
        @NotNull(message = "answer from 1 to 5")
                @Min(value = 1, message = "must be from 1 to 5")
                @Max(value = 5, message = "must be from 1 to 5")
                Integer collaboration,
        @NotNull(message = "answer from 1 to 5")
                @Min(value = 1, message = "must be from 1 to 5")
                @Max(value = 5, message = "must be from 1 to 5")
                Integer satisfaction,
        @NotNull(message = "answer from 1 to 5")
                @Min(value = 1, message = "must be from 1 to 5")
                @Max(value = 5, message = "must be from 1 to 5")
                Integer intergenerationalCommunication,
        @NotNull(message = "answer from 0 to 10")
                @Min(value = 0, message = "must be from 0 to 10")
                @Max(value = 10, message = "must be from 0 to 10")
                Integer recommend,
        @Size(max = 4000, message = "at most 4,000 characters") String comments,
        Map<String, Object> custom) {

    public Map<String, Object> customOrEmpty() {
        return custom == null ? Map.of() : custom;
    }
}
