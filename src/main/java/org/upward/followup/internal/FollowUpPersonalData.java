package org.upward.followup.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The follow-ups of the person's pairs, for the subject access export. */
@Component
@Order(55)
class FollowUpPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    FollowUpPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "followUps";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", f.text, (f.owner_id = ?) as "yours", owner.name as "owner", f.state,
                       f.done_on as "doneOn", f.created_at as "createdAt"
                from follow_up f
                join mentoring_pair mp on mp.id = f.pair_id
                join program pr on pr.id = mp.program_id
                join person owner on owner.id = f.owner_id
                where f.owner_id = ? or ? in (mp.mentor_id, mp.mentee_id)
                order by f.created_at desc, f.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                personId,
                personId,
                MAX_ROWS + 1);
    }
}
