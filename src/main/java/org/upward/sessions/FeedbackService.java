package org.upward.sessions;

import org.upward.security.UpwardUser;

/** A partner's feedback on a session, for other modules (the demo data); given again, it changes. */
public interface FeedbackService {

    /** The author's feedback on a session; given again, it changes. */
    void record(long sessionId, FeedbackRequest request, UpwardUser author);
}
