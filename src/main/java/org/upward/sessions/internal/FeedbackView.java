package org.upward.sessions.internal;

/** A partner's feedback as the other partner and admins see it: never the private reflection. */
record FeedbackView(String authorEmail, String authorName, int rating, String learned, String taught) {}
