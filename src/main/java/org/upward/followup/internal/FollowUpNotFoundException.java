package org.upward.followup.internal;

import org.upward.shared.NotFoundException;

/** No follow-up with that id: 404. */
class FollowUpNotFoundException extends NotFoundException {

    FollowUpNotFoundException(String message) {
        super(message);
    }
}
