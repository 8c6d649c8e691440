package org.upward.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A custom item the admin adds to a program's survey. */
public record SurveyItemRequest(
        @NotBlank(message = "write the question") @Size(max = 300, message = "at most 300 characters") String question,
        @NotNull(message = "choose SCALE (1 to 5) or TEXT") ItemKind kind) {}
