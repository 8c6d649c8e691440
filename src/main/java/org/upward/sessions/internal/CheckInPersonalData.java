package org.upward.sessions.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The person's own check-ins, for the subject access export. */
@Component
@Order(53)
class CheckInPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    CheckInPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "checkIns";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", c.period_index as "period", c.answered_on as "answeredOn",
                       c.rating, c.blocker, c.created_at as "createdAt", c.updated_at as "updatedAt"
                from pair_check_in c
                join mentoring_pair mp on mp.id = c.pair_id
                join program pr on pr.id = mp.program_id
                where c.person_id = ?
                order by c.answered_on desc, c.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
