package org.upward.assessment;

import java.time.LocalDate;

/** An assessment open today for a participant, with how far they got: for their home page's to-do list. */
public record OpenAssessment(
        long programId, String programName, AssessmentPhase phase, LocalDate closesOn, long rated, int total) {

    public String link() {
        return AssessmentLinks.form(programId, phase);
    }

    public boolean done() {
        return rated >= total;
    }

    public boolean started() {
        return rated > 0;
    }
}
