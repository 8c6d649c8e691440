package org.upward.webhook.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a PENDING delivery for a program's enabled webhook, in the caller's transaction: the message commits
 * with the action it tells about, or not at all. A program without an enabled webhook gets nothing.
 */
@Component
class WebhookOutbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WebhookOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the program has an enabled webhook: saves composing a message nobody will get. */
    boolean listens(long programId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from program_webhook where program_id = ? and enabled)",
                Boolean.class,
                programId));
    }

    /** Answers whether a delivery was queued. */
    boolean enqueue(long programId, WebhookEventKind kind, String text) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.update(
                        """
                        insert into webhook_delivery (program_id, event_kind, payload, status, attempts,
                                                      next_attempt_at, created_at)
                        select w.program_id, ?, ?, 'PENDING', 0, ?, ?
                        from program_webhook w where w.program_id = ? and w.enabled
                        """,
                        kind.name(),
                        SlackMessage.body(text),
                        now,
                        now,
                        programId)
                > 0;
    }
}
