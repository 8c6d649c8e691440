package org.upward.sessions.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of quiet-run steps sent ({@code pair_health_step}: one per pair, step and run, enforced by the key) and
 * of admins' "keep this pair" ({@code pair_kept}).
 */
@Component
class HealthSteps {

    /** The warning of a pair's quiet run: the run it belongs to and the day it was sent. */
    record Warning(LocalDate runStart, LocalDate sentOn) {}

    private final JdbcTemplate jdbc;

    HealthSteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the step: true for exactly one caller, however many run at once (a second insert waits for the first's
     * transaction and then does nothing), and never again once it is committed.
     */
    boolean claim(long pairId, HealthStep step, LocalDate runStart, LocalDate today, Instant now) {
        return jdbc.update(
                        "insert into pair_health_step (pair_id, step, run_start, sent_on, sent_at)"
                                + " values (?, ?, ?, ?, ?) on conflict do nothing",
                        pairId,
                        step.name(),
                        Date.valueOf(runStart),
                        Date.valueOf(today),
                        Timestamp.from(now))
                == 1;
    }

    /** Waits for any session or check-in of the pair being written, and holds them off until the transaction ends. */
    void lockActivity(long pairId) {
        jdbc.queryForList("select pair_id from pair_activity where pair_id = ? for update", Long.class, pairId);
    }

    /** Each pair's latest warning, by pair id. */
    Map<Long, Warning> warnings(Collection<Long> pairIds) {
        Map<Long, Warning> warnings = new HashMap<>();
        if (!pairIds.isEmpty()) {
            jdbc.query(
                    "select distinct on (pair_id) pair_id, run_start, sent_on from pair_health_step"
                            + " where step = 'WARNING' and pair_id = any (?) order by pair_id, run_start desc",
                    rs -> {
                        warnings.put(
                                rs.getLong("pair_id"),
                                new Warning(
                                        rs.getDate("run_start").toLocalDate(),
                                        rs.getDate("sent_on").toLocalDate()));
                    },
                    (Object) pairIds.toArray(Long[]::new));
        }
        return warnings;
    }

    /** The day each pair was last kept by an admin, by pair id. */
    Map<Long, LocalDate> kept(Collection<Long> pairIds) {
        Map<Long, LocalDate> kept = new HashMap<>();
        if (!pairIds.isEmpty()) {
            jdbc.query(
                    "select pair_id, kept_on from pair_kept where pair_id = any (?)",
                    rs -> {
                        kept.put(rs.getLong("pair_id"), rs.getDate("kept_on").toLocalDate());
                    },
                    (Object) pairIds.toArray(Long[]::new));
        }
        return kept;
    }

    void keep(long pairId, LocalDate day, Long accountId, Instant now) {
        jdbc.update(
                "insert into pair_kept (pair_id, kept_on, kept_by_account_id, kept_at) values (?, ?, ?, ?)"
                        + " on conflict (pair_id) do update set kept_on = excluded.kept_on,"
                        + " kept_by_account_id = excluded.kept_by_account_id, kept_at = excluded.kept_at",
                pairId,
                Date.valueOf(day),
                accountId,
                Timestamp.from(now));
    }
}
