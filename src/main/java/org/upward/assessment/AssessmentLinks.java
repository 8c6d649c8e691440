package org.upward.assessment;

/** The app paths of assessment pages. */
public final class AssessmentLinks {

    private AssessmentLinks() {}

    /** A participant's form for one phase of one program. */
    public static String form(long programId, AssessmentPhase phase) {
        return "/participant/programs/" + programId + "/assessments/" + phase.name();
    }
}
