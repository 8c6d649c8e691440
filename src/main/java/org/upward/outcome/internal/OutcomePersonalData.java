package org.upward.outcome.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The business outcomes the person recorded or that were recorded for one of their pairs, for the subject access export. */
@Component
@Order(75)
class OutcomePersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    OutcomePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "businessOutcomes";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", o.type, o.description, o.value, o.occurred_on as "occurredOn",
                       o.recorded_by as "recordedBy", o.created_at as "createdAt"
                from business_outcome o
                join program pr on pr.id = o.program_id
                where o.recorded_by = (select email from person where id = ?)
                   or o.pair_id in (select id from mentoring_pair where ? in (mentor_id, mentee_id))
                order by o.occurred_on desc, o.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                personId,
                MAX_ROWS + 1);
    }
}
