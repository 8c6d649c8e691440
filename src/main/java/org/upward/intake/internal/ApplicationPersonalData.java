package org.upward.intake.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The person's applications to programs for the subject access export, their answers as sent. */
@Component
@Order(35)
class ApplicationPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    ApplicationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "applications";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", a.side, a.status, a.answers, a.profile,
                       a.manager_email as "managerEmail", a.manager_decision as "managerDecision",
                       a.manager_reason as "managerReason", a.decline_reason as "declineReason",
                       a.applied_at as "appliedAt", a.decided_at as "decidedAt"
                from program_application a join program pr on pr.id = a.program_id
                where a.person_id = ?
                order by a.applied_at desc, a.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
