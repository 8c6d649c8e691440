package org.upward.sessions.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

class SessionNotFoundException extends NotFoundException {

    SessionNotFoundException(String message) {
        super(message);
    }

    static SessionNotFoundException session(long id) {
        return new SessionNotFoundException(UiText.of("sessions.error.noSessionWithId", id));
    }

    static SessionNotFoundException pairInProgram(long pairId, long programId) {
        return new SessionNotFoundException(UiText.of("sessions.error.noPairInProgram", pairId, programId));
    }

    static SessionNotFoundException planned(long id) {
        return new SessionNotFoundException(UiText.of("sessions.error.noPlannedMeetingWithIdFor", id));
    }
}
