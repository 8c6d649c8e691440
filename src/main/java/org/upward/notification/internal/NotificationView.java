package org.upward.notification.internal;

import java.time.Instant;
import org.upward.notification.NoticeKind;

/** A notification as the inbox and the API show it. */
record NotificationView(
        long id,
        NoticeKind kind,
        String subject,
        String text,
        String link,
        Instant createdAt,
        boolean read,
        Instant readAt) {}
