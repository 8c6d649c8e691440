package org.upward.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One objective of a program as sent by a client; focus skills by catalog name (case-insensitive). */
public record ObjectiveRequest(
        @NotBlank(message = "{program.error.sayWhatTheObjectiveIs}")
                @Size(max = 500, message = "{program.error.keepTheStatementUnder500Characters}")
                String statement,
        List<String> focusSkills,
        @Size(max = 500, message = "{program.error.keepTheOutcomeMeasureUnder500}") String outcomeMeasure) {}
