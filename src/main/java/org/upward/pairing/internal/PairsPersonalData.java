package org.upward.pairing.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The person's pairs for the subject access export: their partner, what became of the pair, their own flag. */
@Component
@Order(40)
class PairsPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    PairsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "pairs";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program",
                       case when mp.mentor_id = ? then 'MENTOR' else 'MENTEE' end as "side",
                       partner.name as "partner", mp.status,
                       mp.manual, mp.score, mp.created_at as "createdAt", mp.activated_at as "activatedAt",
                       mp.dissolved_reason as "dissolvedReason", mp.closed_reason as "closedReason",
                       mp.closed_on as "closedOn",
                       (mp.flagged and mp.flagged_by = ?) as "flaggedByYou",
                       case when mp.flagged_by = ? then mp.flag_note end as "flagNote"
                from mentoring_pair mp
                join program pr on pr.id = mp.program_id
                join person partner on partner.id = case when mp.mentor_id = ? then mp.mentee_id else mp.mentor_id end
                where ? in (mp.mentor_id, mp.mentee_id)
                order by mp.created_at desc, mp.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                personId,
                personId,
                personId,
                personId,
                MAX_ROWS + 1);
    }
}
