package org.upward.sessions;

/** The caller's own feedback on a session, with their private reflection. */
public record MyFeedbackView(
        long sessionId, int rating, String learned, String taught, String privateReflection, long version) {}
