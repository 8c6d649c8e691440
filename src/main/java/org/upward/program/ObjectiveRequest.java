package org.upward.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One objective of a program as sent by a client; focus skills by catalog name (case-insensitive). Without a
 * {@code measure}, a free-text {@code outcomeMeasure} is a {@link ObjectiveMeasure.Kind#QUALITATIVE} one.
 */
public record ObjectiveRequest(
        @NotBlank(message = "{program.error.sayWhatTheObjectiveIs}")
                @Size(max = 500, message = "{program.error.keepTheStatementUnder500Characters}")
                String statement,
        List<String> focusSkills,
        @Size(max = 500, message = "{program.error.keepTheOutcomeMeasureUnder500}") String outcomeMeasure,
        ObjectiveMeasure measure) {

    public ObjectiveRequest(String statement, List<String> focusSkills, String outcomeMeasure) {
        this(statement, focusSkills, outcomeMeasure, null);
    }

    /** The measure to keep: the one sent, a qualitative one for a free-text measure alone, or none. */
    public ObjectiveMeasure measureOrQualitative() {
        if (measure != null) {
            return measure;
        }
        return outcomeMeasure == null || outcomeMeasure.isBlank() ? null : ObjectiveMeasure.QUALITATIVE;
    }
}
