/**
 * Chat webhooks: a Slack- or Teams-compatible incoming webhook URL per program. Messages about new pairs,
 * program milestones and reminder runs are written to an outbox ({@code webhook_delivery}) in the transaction
 * of the action they tell about, then sent by {@link org.upward.webhook.internal.WebhookJob} with retries and backoff.
 * The outbox rows are the delivery log admins see. Messages name only the program and the partners.
 */
@ApplicationModule(
        displayName = "Chat webhooks",
        allowedDependencies = {"notification", "pairing", "people", "program", "security", "sessions", "shared"})
package org.upward.webhook;

import org.springframework.modulith.ApplicationModule;
