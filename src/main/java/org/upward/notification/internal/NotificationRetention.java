package org.upward.notification.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonalDataKind;
import org.upward.people.RetainedPersonalData;

/** Retention of the in-app notifications: deleted once their period after being sent ends, read or not. */
@Component
class NotificationRetention implements RetainedPersonalData {

    private final JdbcTemplate jdbc;

    NotificationRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataKind kind() {
        return PersonalDataKind.NOTIFICATIONS;
    }

    @Override
    @Transactional(readOnly = true)
    public long countExpired(LocalDate expiredBefore) {
        Long found = jdbc.queryForObject(
                "select count(*) from notification where created_at < ?",
                Long.class,
                RetainedPersonalData.startOf(expiredBefore));
        return found == null ? 0 : found;
    }

    @Override
    @Transactional
    public long removeExpired(LocalDate expiredBefore) {
        return jdbc.update(
                "delete from notification where created_at < ?", RetainedPersonalData.startOf(expiredBefore));
    }
}
