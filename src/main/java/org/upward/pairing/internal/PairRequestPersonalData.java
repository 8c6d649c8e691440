package org.upward.pairing.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The mentors the person asked for, or who asked them, in programs where participants choose: for the subject access export. */
@Component
@Order(41)
class PairRequestPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    PairRequestPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "pairRequests";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program",
                       case when r.mentee_id = ? then 'ASKED' else 'ASKED_BY' end as "direction",
                       other.name as "partner", r.status, r.created_at as "createdAt", r.updated_at as "updatedAt"
                from pair_request r
                join program pr on pr.id = r.program_id
                join person other on other.id = case when r.mentee_id = ? then r.mentor_id else r.mentee_id end
                where ? in (r.mentee_id, r.mentor_id)
                order by r.created_at desc, r.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                personId,
                personId,
                MAX_ROWS + 1);
    }
}
