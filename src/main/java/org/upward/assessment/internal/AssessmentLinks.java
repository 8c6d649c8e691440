package org.upward.assessment.internal;

import org.upward.assessment.AssessmentPhase;

/** The app paths of assessment pages. */
final class AssessmentLinks {

    private AssessmentLinks() {}

    /** A participant's form for one phase of one program. */
    static String form(long programId, AssessmentPhase phase) {
        return "/participant/programs/" + programId + "/assessments/" + phase.name();
    }
}
