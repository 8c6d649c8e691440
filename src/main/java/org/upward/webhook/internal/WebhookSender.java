package org.upward.webhook.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due webhook deliveries. Each run claims a batch with {@code for update skip locked} and pushes its
 * next attempt a lease ahead, in a short transaction; the HTTP calls happen outside any transaction, and each
 * result is written on its own. A 2xx answer delivers; anything else (or no answer) retries after
 * {@link #BACKOFF}, and the {@value #MAX_ATTEMPTS}th failure marks the delivery FAILED.
 */
@Service
class WebhookSender {

    static final int MAX_ATTEMPTS = 5;
    static final List<Duration> BACKOFF =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private record Claimed(long id, String url, String payload, int attempts) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    WebhookSender(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends every delivery due now, batch by batch; answers how many were attempted. */
    public int sendDue() {
        int attempted = 0;
        List<Claimed> batch;
        do {
            batch = claim();
            for (Claimed delivery : batch) {
                send(delivery);
            }
            attempted += batch.size();
        } while (batch.size() == BATCH);
        return attempted;
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        return transaction.execute(tx -> jdbc.query(
                """
                with due as (
                    select d.id from webhook_delivery d
                    where d.status = 'PENDING' and d.next_attempt_at <= ?
                    order by d.next_attempt_at, d.id
                    limit ? for update of d skip locked)
                update webhook_delivery d set next_attempt_at = ?
                from due, program_webhook w
                where d.id = due.id and w.program_id = d.program_id and w.enabled
                returning d.id, w.url, d.payload, d.attempts
                """,
                (row, n) -> new Claimed(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4)),
                Timestamp.from(now),
                BATCH,
                Timestamp.from(now.plus(LEASE))));
    }

    private void send(Claimed delivery) {
        Integer code = null;
        String error;
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(delivery.url()))
                            .timeout(REQUEST_TIMEOUT)
                            .header("Content-Type", "application/json; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            code = response.statusCode();
            if (code / 100 == 2) {
                delivered(delivery, code);
                return;
            }
            error = "HTTP " + code + bodyHint(response.body());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            error = "Interrupted";
        } catch (Exception failed) {
            error = failed.getClass().getSimpleName() + (failed.getMessage() == null ? "" : ": " + failed.getMessage());
        }
        failed(delivery, code, error);
    }

    private void delivered(Claimed delivery, int code) {
        jdbc.update(
                """
                update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_status_code = ?,
                                            last_error = null, delivered_at = ?
                where id = ? and status = 'PENDING'
                """,
                code,
                Timestamp.from(clock.instant()),
                delivery.id());
    }

    private void failed(Claimed delivery, Integer code, String error) {
        int attempts = delivery.attempts() + 1;
        boolean last = attempts >= MAX_ATTEMPTS;
        Instant next = last ? clock.instant() : clock.instant().plus(BACKOFF.get(attempts - 1));
        jdbc.update(
                """
                update webhook_delivery set status = ?, attempts = ?, last_status_code = ?, last_error = ?,
                                            next_attempt_at = ?
                where id = ? and status = 'PENDING'
                """,
                last ? "FAILED" : "PENDING",
                attempts,
                code,
                error.length() > 500 ? error.substring(0, 500) : error,
                Timestamp.from(next),
                delivery.id());
        log.warn("Webhook delivery {} failed (attempt {} of {}): {}", delivery.id(), attempts, MAX_ATTEMPTS, error);
    }

    private static String bodyHint(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String trimmed = body.strip();
        return ": " + (trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed);
    }
}
