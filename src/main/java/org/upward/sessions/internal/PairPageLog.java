package org.upward.sessions.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.security.UpwardUser;
import org.upward.sessions.FeedbackRequest;
import org.upward.sessions.SessionRequest;

/**
 * What a partner writes to the shared log from their pair page, each in one call and one transaction: a new session
 * with their own feedback and the planned meeting it came from, all or nothing; or an edit. Partners only (admins
 * log and edit through the API).
 */
@Service
class PairPageLog {

    private final PairGuard guard;
    private final SessionLog sessions;
    private final SessionFeedbacks feedback;
    private final PlannedSessions planned;

    PairPageLog(PairGuard guard, SessionLog sessions, SessionFeedbacks feedback, PlannedSessions planned) {
        this.guard = guard;
        this.sessions = sessions;
        this.feedback = feedback;
        this.planned = planned;
    }

    /**
     * Logs the session, the logger's feedback when they gave any ({@code mine} null: later), and marks the planned
     * meeting {@code plannedId} (null: none) as logged by it. A refused part writes nothing at all.
     *
     * @return the logged session's id
     */
    @Transactional
    public long log(long pairId, SessionRequest session, FeedbackRequest mine, Long plannedId, UpwardUser partner) {
        guard.partnerOnly(pairId, partner);
        long logged = sessions.log(pairId, session, partner).id();
        if (mine != null) {
            feedback.give(logged, mine, partner);
        }
        if (plannedId != null) {
            planned.logged(pairId, plannedId, logged);
        }
        return logged;
    }

    /** Replaces a session of the partner's pair; the request's version must be the one last read. */
    @Transactional
    public SessionView edit(long sessionId, SessionRequest session, UpwardUser partner) {
        guard.partnerOnly(sessions.find(sessionId).getPairId(), partner);
        return sessions.edit(sessionId, session, partner);
    }
}
