package org.upward.notification;

import java.time.Instant;

/** A notification as the inbox and the API show it. */
public record NotificationView(
        long id,
        NoticeKind kind,
        String subject,
        String text,
        String link,
        Instant createdAt,
        boolean read,
        Instant readAt) {}
