package org.upward.assessment;

import java.time.LocalDate;

/**
 * An assessment open today for a participant, with how far they got: for their home page's to-do list.
 * {@code link} is the app path of its form.
 */
public record OpenAssessment(
        long programId,
        String programName,
        AssessmentPhase phase,
        LocalDate closesOn,
        long rated,
        int total,
        String link) {

    public boolean done() {
        return rated >= total;
    }

    public boolean started() {
        return rated > 0;
    }
}
