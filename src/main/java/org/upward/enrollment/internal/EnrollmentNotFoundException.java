package org.upward.enrollment.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/** No enrollment with that id in the program: a 404. */
class EnrollmentNotFoundException extends NotFoundException {

    EnrollmentNotFoundException(long id) {
        super(UiText.of("enrollment.error.noEnrollmentWithIdInThis", id));
    }
}
