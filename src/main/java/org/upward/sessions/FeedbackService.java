package org.upward.sessions;

import org.upward.security.UpwardUser;

/** Each partner's feedback on a session: one per partner, given again means changed. */
public interface FeedbackService {

    /** The author's feedback on a session; given again, it changes. */
    void record(long sessionId, FeedbackRequest request, UpwardUser author);
}
