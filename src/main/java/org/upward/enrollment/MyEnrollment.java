package org.upward.enrollment;

import org.upward.program.ProgramStatus;

/** One of a participant's own enrollments, as their home page lists it. */
public record MyEnrollment(
        long id, long programId, String programName, ProgramStatus programStatus, Side side, boolean complete) {

    public boolean editable() {
        return programStatus == ProgramStatus.ENROLLING;
    }
}
