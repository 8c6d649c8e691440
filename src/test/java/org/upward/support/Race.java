package org.upward.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes concurrent requests truly overlap: a row lock held by the test stops each of them at the same
 * write, after all of them have read the row; only when every one waits there is the lock released.
 * Without it, "concurrent" requests mostly run one after the other.
 */
public final class Race {

    private Race() {}

    /**
     * Runs {@code calls} concurrently while a {@code select ... for no key update} of {@code table}'s row
     * {@code id} holds them back: each is started once the ones before it wait at a statement like
     * {@code waitingAt} (a LIKE pattern), so PostgreSQL queues them in that order and the first call
     * is the first to write once the lock is released. Answers their results in the order of {@code calls}.
     */
    public static <T> List<T> heldAtRow(
            JdbcTemplate jdbc, String table, long id, String waitingAt, List<Callable<T>> calls) throws Exception {
        return heldAtRow(jdbc, table, "id", id, waitingAt, calls);
    }

    /** As {@link #heldAtRow(JdbcTemplate, String, long, String, List)}, for a row keyed by {@code keyColumn}. */
    public static <T> List<T> heldAtRow(
            JdbcTemplate jdbc, String table, String keyColumn, Object key, String waitingAt, List<Callable<T>> calls)
            throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(calls.size());
        try (Connection blocker = jdbc.getDataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement(
                    "select 1 from " + table + " where " + keyColumn + " = ? for no key update")) {
                lock.setObject(1, key);
                lock.executeQuery().close();
            }
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> call : calls) {
                running.add(racers.submit(call));
                int started = running.size();
                Awaitility.await(started + " request(s) waiting at " + waitingAt)
                        .atMost(Duration.ofSeconds(30))
                        .until(
                                () -> jdbc.queryForObject(
                                        "select count(*) from pg_stat_activity where datname = current_database()"
                                                + " and wait_event_type = 'Lock' and query ilike ?",
                                        Integer.class,
                                        waitingAt),
                                waiting -> waiting == started);
            }
            blocker.rollback();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            racers.shutdownNow();
        }
    }
}
