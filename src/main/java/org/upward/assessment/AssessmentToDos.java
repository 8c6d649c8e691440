package org.upward.assessment;

import java.util.List;
import org.upward.security.UpwardUser;

/** The assessments open today for a participant, in every program they take part in. */
public interface AssessmentToDos {

    /** Open self-assessments the person has skills to rate in, soonest closing first. */
    List<OpenAssessment> openFor(UpwardUser me);
}
