package org.upward.webhook.internal;

import java.net.InetAddress;
import java.net.URI;
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
 * {@link #BACKOFF}, and the {@value #MAX_ATTEMPTS}th failure marks the delivery FAILED. Before every attempt
 * the URL's host is resolved and checked again ({@link WebhookUrlRule#deliverable}), and the post goes to the
 * checked address; redirects are not followed. The log tells only "HTTP 500", "no answer" or "the address is
 * not allowed", never an exception's text, so it cannot be used to tell open ports from closed ones.
 */
@Service
class WebhookSender {

    static final int MAX_ATTEMPTS = 5;
    static final List<Duration> BACKOFF =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final String NOT_ALLOWED = "could not deliver: the address is not allowed";
    static final String NO_ANSWER = "could not deliver: no answer";

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private record Claimed(long id, String url, String payload, int attempts) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final WebhookUrlRule urls;

    WebhookSender(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, WebhookUrlRule urls) {
        this.jdbc = jdbc;
        this.urls = urls;
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
            List<InetAddress> checked = urls.deliverable(delivery.url());
            code = PinnedPost.send(
                    URI.create(delivery.url()), checked, delivery.payload(), CONNECT_TIMEOUT, REQUEST_TIMEOUT);
            if (code / 100 == 2) {
                delivered(delivery, code);
                return;
            }
            error = "HTTP " + code;
        } catch (WebhookUrlRule.NotAllowed refused) {
            error = NOT_ALLOWED;
        } catch (Exception failed) {
            log.debug("Webhook delivery {}: no answer", delivery.id(), failed);
            error = NO_ANSWER;
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
}
