package org.upward.webhook;

/** Where a webhook message is: waiting for its (next) attempt, arrived, or given up after the last attempt. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
