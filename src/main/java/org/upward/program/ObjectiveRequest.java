package org.upward.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One objective of a program as sent by a client; focus skills by catalog name (case-insensitive). */
public record ObjectiveRequest(
        @NotBlank(message = "Say what the objective is.")
                @Size(max = 500, message = "Keep the statement under 500 characters.")
                String statement,
        List<String> focusSkills,
        @Size(max = 500, message = "Keep the outcome measure under 500 characters.") String outcomeMeasure) {}
