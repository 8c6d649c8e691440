package org.upward.agreement.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The agreements of the person's pairs and their goals, for the subject access export. */
@Component
@Order(45)
class AgreementPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    AgreementPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "agreements";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", partner.name as "partner", a.text, a.meeting_rhythm as "meetingRhythm",
                       (a.confirmed_by @> to_jsonb(?::bigint)) as "confirmedByYou",
                       array(select g.statement || ' (' || lower(g.status) || ')' from pair_goal g
                             where g.agreement_id = a.id order by g.position) as "goals",
                       a.updated_at as "updatedAt"
                from pair_agreement a
                join mentoring_pair mp on mp.id = a.pair_id
                join program pr on pr.id = mp.program_id
                join person partner on partner.id = case when mp.mentor_id = ? then mp.mentee_id else mp.mentor_id end
                where ? in (mp.mentor_id, mp.mentee_id)
                order by a.updated_at desc, a.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                personId,
                personId,
                MAX_ROWS + 1);
    }
}
