package org.upward.sessions.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each pair's latest session, latest check-in and latest period in which both partners checked in, read from the
 * totals the database keeps per pair ({@code pair_activity}, V16): one row per pair however many sessions it has.
 */
@Component
class LatestActivity {

    /** A pair's latest activity; each part is null when there has been none. */
    record Latest(LocalDate session, LocalDate checkIn, Integer jointCheckInPeriod) {
        static final Latest NONE = new Latest(null, null, null);
    }

    private final JdbcTemplate jdbc;

    LatestActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Latest> of(Collection<Long> pairIds) {
        Map<Long, Latest> latest = new HashMap<>();
        if (pairIds.isEmpty()) {
            return latest;
        }
        jdbc.query(
                "select pair_id, last_held, last_check_in, last_joint_period from pair_activity where pair_id = any (?)",
                rs -> {
                    latest.put(
                            rs.getLong("pair_id"),
                            new Latest(date(rs.getDate("last_held")), date(rs.getDate("last_check_in")), (Integer)
                                    rs.getObject("last_joint_period")));
                },
                (Object) pairIds.toArray(Long[]::new));
        return latest;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
