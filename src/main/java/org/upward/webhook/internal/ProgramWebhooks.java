package org.upward.webhook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.notification.NoticeTexts;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;

/** A program's webhook: set, clear, test it, and read its delivery log. Admin only (by the security rules). */
@Service
class ProgramWebhooks {

    static final int LOG_SIZE = 100;

    private final JdbcTemplate jdbc;
    private final ProgramService programs;
    private final WebhookUrlRule urls;
    private final WebhookOutbox outbox;
    private final NoticeTexts texts;
    private final Clock clock;

    ProgramWebhooks(
            JdbcTemplate jdbc,
            ProgramService programs,
            WebhookUrlRule urls,
            WebhookOutbox outbox,
            NoticeTexts texts,
            Clock clock) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.urls = urls;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<WebhookView> find(long programId) {
        programs.get(programId);
        return jdbc
                .query(
                        "select program_id, url, enabled, created_at, updated_at from program_webhook where program_id = ?",
                        (row, n) -> new WebhookView(
                                row.getLong(1),
                                WebhookView.mask(row.getString(2)),
                                row.getBoolean(3),
                                instant(row, 4),
                                instant(row, 5)),
                        programId)
                .stream()
                .findFirst();
    }

    @Transactional
    public WebhookView set(long programId, String url, boolean enabled) {
        programs.get(programId);
        String checked = urls.check(url);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(
                """
                insert into program_webhook (program_id, url, enabled, created_at, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (program_id) do update set url = excluded.url, enabled = excluded.enabled,
                                                      updated_at = excluded.updated_at
                """,
                programId,
                checked,
                enabled,
                now,
                now);
        return find(programId).orElseThrow();
    }

    /** Removes the webhook; messages still waiting are dropped from the queue as FAILED, the log stays. */
    @Transactional
    public void clear(long programId) {
        programs.get(programId);
        if (jdbc.update("delete from program_webhook where program_id = ?", programId) == 0) {
            throw new WebhookNotFoundException(programId);
        }
        jdbc.update(
                """
                update webhook_delivery set status = 'FAILED', last_error = 'Webhook removed'
                where program_id = ? and status = 'PENDING'
                """,
                programId);
    }

    /** Queues a test message for the program's webhook (sent by the next sender run). */
    @Transactional
    public void sendTest(long programId) {
        ProgramView program = programs.get(programId);
        if (find(programId).isEmpty()) {
            throw new WebhookNotFoundException(programId);
        }
        outbox.enqueue(programId, WebhookEventKind.TEST, texts.of("webhook.message.test", program.name()));
    }

    /** The newest deliveries first, at most {@value #LOG_SIZE}. */
    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(long programId) {
        programs.get(programId);
        return jdbc.query(
                """
                select id, event_kind, payload, status, attempts, last_status_code, last_error, next_attempt_at,
                       created_at, delivered_at
                from webhook_delivery where program_id = ? order by id desc limit ?
                """,
                (row, n) -> new DeliveryView(
                        row.getLong(1),
                        WebhookEventKind.valueOf(row.getString(2)),
                        SlackMessage.text(row.getString(3)),
                        DeliveryStatus.valueOf(row.getString(4)),
                        row.getInt(5),
                        (Integer) row.getObject(6),
                        row.getString(7),
                        instant(row, 8),
                        instant(row, 9),
                        instant(row, 10)),
                programId,
                LOG_SIZE);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
