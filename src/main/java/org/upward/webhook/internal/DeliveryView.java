package org.upward.webhook.internal;

import java.time.Instant;

/** One line of a program's webhook delivery log. */
record DeliveryView(
        long id,
        WebhookEventKind eventKind,
        String text,
        DeliveryStatus status,
        int attempts,
        Integer lastStatusCode,
        String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt) {}
