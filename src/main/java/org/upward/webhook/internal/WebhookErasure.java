package org.upward.webhook.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;

/** Renames an erased person in the webhook outbox and its log (payloads sent or waiting, last errors). */
@Component
class WebhookErasure {

    private final JdbcTemplate jdbc;

    WebhookErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased event) {
        event.renaming().apply(jdbc, "webhook_delivery", "payload", "last_error");
    }
}
