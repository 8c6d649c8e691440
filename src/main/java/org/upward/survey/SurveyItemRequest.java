package org.upward.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A custom item the admin adds to a program's survey. */
public record SurveyItemRequest(
        @NotBlank(message = "{survey.error.writeTheQuestion}")
                @Size(max = 300, message = "{survey.error.atMost300Characters}")
                String question,
        @NotNull(message = "{survey.error.chooseScale1To5Or}") ItemKind kind) {}
