package org.upward.sessions.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The sessions the person took part in (their pairs' logs), for the subject access export. */
@Component
@Order(50)
class SessionPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    SessionPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "sessions";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", partner.name as "partner", s.held_on as "heldOn",
                       s.duration_minutes as "durationMinutes", s.format, s.skills_covered as "skillsCovered",
                       s.notes, s.action_items as "actionItems", s.logged_by as "loggedBy",
                       s.created_at as "createdAt", s.updated_at as "updatedAt"
                from mentoring_session s
                join mentoring_pair mp on mp.id = s.pair_id
                join program pr on pr.id = mp.program_id
                join person partner on partner.id = case when mp.mentor_id = ? then mp.mentee_id else mp.mentor_id end
                where ? in (mp.mentor_id, mp.mentee_id)
                order by s.held_on desc, s.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                personId,
                MAX_ROWS + 1);
    }
}
