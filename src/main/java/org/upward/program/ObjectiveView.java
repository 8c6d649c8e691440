package org.upward.program;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One objective of a program as the API and pages show it. A qualitative measure's verdict, once the admin
 * recorded it, is read through the results ({@code GET /programs/{id}/results}), not the program.
 */
public record ObjectiveView(
        String statement,
        List<String> focusSkills,
        String outcomeMeasure,
        ObjectiveMeasure measure,
        @JsonIgnore ObjectiveVerdict verdict,
        @JsonIgnore String verdictEvidence) {

    public ObjectiveView(String statement, List<String> focusSkills, String outcomeMeasure) {
        this(statement, focusSkills, outcomeMeasure, null, null, null);
    }
}
