package org.upward.enrollment;

import java.util.List;
import org.upward.shared.FieldProblem;

/** The enrollment profile rules, for a profile that is sent now and enrolled later (an application). */
public interface ProfileCheck {

    /** Every problem the profile has, named by its API field; empty when it would enroll. */
    List<FieldProblem> problems(EnrollmentDraft draft);
}
