package org.upward.sessions.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.notification.NoticeKind;

/** The record of reminders sent: one per pair, kind and cadence period, enforced by the table's key. */
@Component
class SentReminders {

    private final JdbcTemplate jdbc;

    SentReminders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the reminder: true for exactly one caller, however many run at once (a second insert waits
     * for the first's transaction and then does nothing), and never again once it is committed.
     */
    boolean claim(long pairId, NoticeKind kind, LocalDate periodStart, Instant now) {
        return jdbc.update(
                        "insert into sent_reminder (pair_id, kind, period_start, sent_at) values (?, ?, ?, ?)"
                                + " on conflict do nothing",
                        pairId,
                        kind.name(),
                        Date.valueOf(periodStart),
                        Timestamp.from(now))
                == 1;
    }
}
