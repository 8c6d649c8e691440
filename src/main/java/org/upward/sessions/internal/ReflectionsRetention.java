package org.upward.sessions.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonalDataKind;
import org.upward.people.RetainedPersonalData;

/**
 * Retention of the private reflections written in a completed program: blanked; the feedback row and its rating
 * stay.
 */
@Component
class ReflectionsRetention implements RetainedPersonalData {

    private static final String EXPIRED =
            " where private_reflection is not null and session_id in (" + SessionTextsRetention.EXPIRED_SESSIONS + ")";

    private final JdbcTemplate jdbc;

    ReflectionsRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataKind kind() {
        return PersonalDataKind.PRIVATE_REFLECTIONS;
    }

    @Override
    @Transactional(readOnly = true)
    public long countExpired(LocalDate expiredBefore) {
        Long found = jdbc.queryForObject("select count(*) from session_feedback" + EXPIRED, Long.class, expiredBefore);
        return found == null ? 0 : found;
    }

    @Override
    @Transactional
    public long removeExpired(LocalDate expiredBefore) {
        return jdbc.update("update session_feedback set private_reflection = null" + EXPIRED, expiredBefore);
    }
}
