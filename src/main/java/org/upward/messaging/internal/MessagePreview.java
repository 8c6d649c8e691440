package org.upward.messaging.internal;

import org.upward.messaging.MessageKind;

/**
 * A message written for one recipient, as they would get it: the plain subject and text, and the text as an
 * HTML page shows it (every value escaped). {@code example} when no real participant could be used.
 */
record MessagePreview(
        MessageKind kind,
        String recipientEmail,
        String recipientName,
        boolean example,
        String subject,
        String body,
        String bodyHtml) {}
