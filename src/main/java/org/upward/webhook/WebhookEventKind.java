package org.upward.webhook;

/** What a webhook message is about. */
public enum WebhookEventKind {
    PAIR_APPROVED,
    PAIR_ACTIVATED,
    PROGRAM_MOVED,
    REMINDERS_DIGEST,
    TEST
}
