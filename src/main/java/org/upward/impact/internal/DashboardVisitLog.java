package org.upward.impact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.impact.DashboardVisits;

/**
 * On which day a person last opened each program's impact dashboard page (what the executive's to-do list reads:
 * results are read once the page was opened on or after the day they came). Only the day is kept up to date: a
 * second view the same day writes nothing, so reading a dashboard is not a write per view.
 */
@Service
class DashboardVisitLog implements DashboardVisits {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DashboardVisitLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void seen(long accountId, long programId) {
        Instant startOfToday =
                LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        // the select finds no row when it was already seen today: then nothing is inserted, updated or locked
        jdbc.update(
                "insert into dashboard_visit (account_id, program_id, seen_at) select ?, ?, ?"
                        + " where not exists (select 1 from dashboard_visit"
                        + " where account_id = ? and program_id = ? and seen_at >= ?)"
                        + " on conflict (account_id, program_id) do update set seen_at = excluded.seen_at",
                accountId,
                programId,
                Timestamp.from(Instant.now(clock)),
                accountId,
                programId,
                Timestamp.from(startOfToday));
    }

    /** Program id → the last time this account opened that program's dashboard. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastSeen(long accountId) {
        Map<Long, Instant> seen = new HashMap<>();
        jdbc.query(
                "select program_id, seen_at from dashboard_visit where account_id = ?",
                rs -> {
                    seen.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                },
                accountId);
        return seen;
    }
}
