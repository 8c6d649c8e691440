package org.upward.webhook.internal;

/** Where a webhook message is: waiting for its (next) attempt, arrived, or given up after the last attempt. */
enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
