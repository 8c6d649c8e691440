package org.upward.assessment.internal;

import org.upward.assessment.AssessmentPhase;
import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/** The program has no window for that phase: a 404. */
class WindowNotFoundException extends NotFoundException {

    WindowNotFoundException(AssessmentPhase phase) {
        super(UiText.of("assessment.error.thisProgramHasNoAssessmentWindow", phase));
    }
}
