package org.upward.sessions;

import org.upward.security.UpwardUser;

/** Logging a pair's session on behalf of a partner, for other modules (the demo data). */
public interface SessionService {

    /** Logs a session as one of its partners; answers its id. */
    long record(long pairId, SessionRequest request, UpwardUser by);
}
