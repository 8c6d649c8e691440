package org.upward.notification;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the inbox table directly, to check what was stored for whom. */
final class Notices {

    private Notices() {}

    static long count(JdbcTemplate jdbc, String email, NoticeKind kind) {
        return jdbc.queryForObject(
                "select count(*) from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.kind = ?",
                Long.class,
                email,
                kind.name());
    }

    static long idOf(JdbcTemplate jdbc, String email, String subject) {
        return jdbc.queryForObject(
                "select n.id from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.subject = ?",
                Long.class,
                email,
                subject);
    }

    static String linkOf(JdbcTemplate jdbc, String email, NoticeKind kind) {
        return jdbc.queryForObject(
                "select n.link from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.kind = ? order by n.id desc limit 1",
                String.class,
                email,
                kind.name());
    }
}
