package org.upward.sessions;

import org.upward.security.UpwardUser;

/** A pair's shared session log: list, log and edit, for the two partners and admins. */
public interface SessionService {

    /** Logs a session as one of its partners; answers its id. */
    long record(long pairId, SessionRequest request, UpwardUser by);
}
