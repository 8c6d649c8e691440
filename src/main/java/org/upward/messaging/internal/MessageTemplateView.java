package org.upward.messaging.internal;

import java.time.Instant;
import java.util.List;
import org.upward.messaging.MessageKind;

/**
 * One kind of message of a program as the admin sees it: its words, when it is sent, the placeholders it allows
 * ({@code {firstName}} …), and its current subject and text, the program's own ({@code edited}) or the default.
 */
record MessageTemplateView(
        MessageKind kind,
        String label,
        String sentWhen,
        List<String> placeholders,
        String subject,
        String body,
        boolean edited,
        Instant updatedAt) {}
