package org.upward.sessions.internal;

/** The caller's own feedback on a session, with their private reflection. */
record MyFeedbackView(
        long sessionId,
        int rating,
        String learned,
        boolean shareLearned,
        String taught,
        String privateReflection,
        long version) {}
