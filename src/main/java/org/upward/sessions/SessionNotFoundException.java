package org.upward.sessions;

import org.upward.web.NotFoundException;

class SessionNotFoundException extends NotFoundException {

    SessionNotFoundException(String message) {
        super(message);
    }

    static SessionNotFoundException session(long id) {
        return new SessionNotFoundException("No session with id " + id + ".");
    }

    static SessionNotFoundException planned(long id) {
        return new SessionNotFoundException("No planned meeting with id " + id + " for this pair.");
    }
}
