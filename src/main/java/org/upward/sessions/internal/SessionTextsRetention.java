package org.upward.sessions.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonalDataKind;
import org.upward.people.RetainedPersonalData;

/**
 * Retention of a completed program's session texts: a session's notes and action items, each partner's "what I
 * learned" and "what I taught". They are blanked, the sessions and feedback rows (dates, minutes, ratings) stay,
 * so every count and figure stays. A blanked "learned" is no longer shareable.
 */
@Component
class SessionTextsRetention implements RetainedPersonalData {

    /** Sessions of pairs whose program completed (or was archived) and ended before the day asked. */
    static final String EXPIRED_SESSIONS =
            """
            select s.id from mentoring_session s
            join mentoring_pair p on p.id = s.pair_id
            join program g on g.id = p.program_id
            where g.status in ('COMPLETED', 'ARCHIVED') and g.end_date < ?
            """;

    private static final String SESSIONS_WITH_TEXT =
            " where (notes is not null or action_items is not null) and id in (" + EXPIRED_SESSIONS + ")";
    private static final String FEEDBACK_WITH_TEXT =
            " where (learned is not null or taught is not null) and session_id in (" + EXPIRED_SESSIONS + ")";

    private final JdbcTemplate jdbc;

    SessionTextsRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataKind kind() {
        return PersonalDataKind.SESSION_TEXTS;
    }

    @Override
    @Transactional(readOnly = true)
    public long countExpired(LocalDate expiredBefore) {
        return count("select count(*) from mentoring_session" + SESSIONS_WITH_TEXT, expiredBefore)
                + count("select count(*) from session_feedback" + FEEDBACK_WITH_TEXT, expiredBefore);
    }

    @Override
    @Transactional
    public long removeExpired(LocalDate expiredBefore) {
        long sessions = jdbc.update(
                "update mentoring_session set notes = null, action_items = null" + SESSIONS_WITH_TEXT, expiredBefore);
        long feedback = jdbc.update(
                "update session_feedback set learned = null, taught = null, learned_shareable = false"
                        + FEEDBACK_WITH_TEXT,
                expiredBefore);
        return sessions + feedback;
    }

    private long count(String sql, LocalDate expiredBefore) {
        Long found = jdbc.queryForObject(sql, Long.class, expiredBefore);
        return found == null ? 0 : found;
    }
}
