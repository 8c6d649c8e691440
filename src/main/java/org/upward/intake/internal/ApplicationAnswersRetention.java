package org.upward.intake.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonalDataKind;
import org.upward.people.RetainedPersonalData;

/**
 * Retention of the answers applications to a completed program sent: blanked to no answers ({@code {}}), with the
 * manager's and the admin's reasons; the application (who applied, on which side, its status) stays.
 */
@Component
class ApplicationAnswersRetention implements RetainedPersonalData {

    private static final String EXPIRED =
            """
             where (answers <> '{}' or manager_reason is not null or decline_reason is not null)
               and program_id in (select id from program where status in ('COMPLETED', 'ARCHIVED') and end_date < ?)
            """;

    private final JdbcTemplate jdbc;

    ApplicationAnswersRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataKind kind() {
        return PersonalDataKind.APPLICATION_ANSWERS;
    }

    @Override
    @Transactional(readOnly = true)
    public long countExpired(LocalDate expiredBefore) {
        Long found =
                jdbc.queryForObject("select count(*) from program_application" + EXPIRED, Long.class, expiredBefore);
        return found == null ? 0 : found;
    }

    @Override
    @Transactional
    public long removeExpired(LocalDate expiredBefore) {
        return jdbc.update(
                "update program_application set answers = '{}', manager_reason = null, decline_reason = null" + EXPIRED,
                expiredBefore);
    }
}
