package org.upward.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;

/** Deletes an erased person's own notifications and renames them in everyone else's. */
@Component
class NotificationErasure {

    private final JdbcTemplate jdbc;

    NotificationErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased event) {
        jdbc.update("delete from notification where person_id = ?", event.personId());
        event.renaming().apply(jdbc, "notification", "subject", "text");
    }
}
