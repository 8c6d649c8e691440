package org.upward.retention.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people whose period after leaving has ended, for the preview only. Pseudonymising them is erasure's work,
 * which Upward does not have yet: until it does, the run leaves them as they are and the preview says so.
 */
@Component
class LeaversDue {

    private final JdbcTemplate jdbc;

    LeaversDue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(LocalDate leftBefore) {
        Long found = jdbc.queryForObject("select count(*) from person where leave_date < ?", Long.class, leftBefore);
        return found == null ? 0 : found;
    }
}
