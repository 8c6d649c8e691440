package org.upward.webhook.internal;

/** What a webhook message is about. */
enum WebhookEventKind {
    PAIR_APPROVED,
    PAIR_ACTIVATED,
    PROGRAM_MOVED,
    REMINDERS_DIGEST,
    TEST
}
