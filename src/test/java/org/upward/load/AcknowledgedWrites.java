package org.upward.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the run: is every write the application acknowledged in the database? Every session answered with 201
 * by its id, and every check-in by its id with the rating of its last acknowledged answer (a partner's second
 * check-in of a period changes the first).
 */
final class AcknowledgedWrites {

    private AcknowledgedWrites() {}

    static boolean check(JdbcTemplate jdbc, Measurements measurements, PrintStream out) {
        List<Long> sessions = measurements.acknowledgedSessions();
        Long[] sessionIds = sessions.toArray(Long[]::new);
        long sessionsFound = jdbc.queryForObject(
                "select count(*) from mentoring_session where id = any (?)", Long.class, (Object) sessionIds);
        Map<Long, Integer> checkIns = measurements.acknowledgedCheckIns();
        long checkInsFound = 0;
        for (Map.Entry<Long, Integer> checkIn : checkIns.entrySet()) {
            checkInsFound += jdbc.queryForObject(
                    "select count(*) from pair_check_in where id = ? and rating = ?",
                    Long.class,
                    checkIn.getKey(),
                    checkIn.getValue());
        }
        boolean kept = sessionsFound == sessions.size() && checkInsFound == checkIns.size();
        out.printf(
                "Acknowledged writes: %,d of %,d sessions (by id) and %,d of %,d check-ins (by id, last rating) found"
                        + " in the database: %s%n",
                sessionsFound, sessions.size(), checkInsFound, checkIns.size(), kept ? "PASS" : "FAIL");
        return kept;
    }
}
