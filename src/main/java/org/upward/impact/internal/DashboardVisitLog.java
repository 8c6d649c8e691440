package org.upward.impact.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.impact.DashboardVisits;

/** When a person last opened each program's impact dashboard page. */
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
        jdbc.update(
                "insert into dashboard_visit (account_id, program_id, seen_at) values (?, ?, ?)"
                        + " on conflict (account_id, program_id) do update set seen_at = excluded.seen_at",
                accountId,
                programId,
                Timestamp.from(Instant.now(clock)));
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
