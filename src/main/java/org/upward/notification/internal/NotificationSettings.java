package org.upward.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;

/** Whether a person also gets their notifications by email: on unless they turned it off. */
@Service
class NotificationSettings {

    /** A person's notification settings, as the API shows and takes them. */
    public record Settings(boolean email) {}

    private final JdbcTemplate jdbc;
    private final People people;
    private final Clock clock;

    NotificationSettings(JdbcTemplate jdbc, People people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Settings of(String email) {
        return new Settings(emailEnabled(people.getByEmail(email).id()));
    }

    @Transactional
    public Settings change(String email, boolean emailEnabled) {
        long personId = people.getByEmail(email).id();
        jdbc.update(
                "insert into notification_setting (person_id, email_enabled, updated_at) values (?, ?, ?)"
                        + " on conflict (person_id) do update set email_enabled = excluded.email_enabled,"
                        + " updated_at = excluded.updated_at",
                personId,
                emailEnabled,
                Timestamp.from(clock.instant()));
        return new Settings(emailEnabled);
    }

    boolean emailEnabled(long personId) {
        return jdbc
                .queryForList(
                        "select email_enabled from notification_setting where person_id = ?", Boolean.class, personId)
                .stream()
                .findFirst()
                .orElse(true);
    }
}
