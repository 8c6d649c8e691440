package org.upward.pairing.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The person's own fit check answers after intro chats, for the subject access export (never the partner's). */
@Component
@Order(42)
class FitCheckPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    FitCheckPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "fitChecks";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", partner.name as "partner", f.answer, f.note, f.answered_at as "answeredAt"
                from pair_fit_answer f
                join mentoring_pair mp on mp.id = f.pair_id
                join program pr on pr.id = mp.program_id
                join person partner on partner.id = case when mp.mentor_id = ? then mp.mentee_id else mp.mentor_id end
                where f.person_id = ?
                order by f.answered_at desc, f.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                personId,
                MAX_ROWS + 1);
    }
}
