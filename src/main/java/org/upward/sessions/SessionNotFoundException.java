package org.upward.sessions;

import org.upward.web.NotFoundException;
import org.upward.web.UiText;

class SessionNotFoundException extends NotFoundException {

    SessionNotFoundException(String message) {
        super(message);
    }

    static SessionNotFoundException session(long id) {
        return new SessionNotFoundException(UiText.of("sessions.error.noSessionWithId", id));
    }

    static SessionNotFoundException planned(long id) {
        return new SessionNotFoundException(UiText.of("sessions.error.noPlannedMeetingWithIdFor", id));
    }
}
