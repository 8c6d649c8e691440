package org.upward.messaging.internal;

/**
 * What to preview: for the participant with {@code email} (by default the program's first, or an example person
 * when it has none), and the given {@code subject} and {@code body} if any (else the current ones), unsaved.
 */
record MessagePreviewRequest(String email, String subject, String body) {}
