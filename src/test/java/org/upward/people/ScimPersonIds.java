package org.upward.people;

import org.springframework.jdbc.core.JdbcTemplate;

final class ScimPersonIds {

    private ScimPersonIds() {}

    static long of(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }
}
