package org.upward.enrollment;

import java.util.List;

/** A participant's view of their own enrollments: only ever their own, editable while enrolling. */
public interface ParticipantProfiles {

    List<MyEnrollment> mine(String email);
}
