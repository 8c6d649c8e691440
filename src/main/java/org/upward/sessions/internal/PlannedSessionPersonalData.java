package org.upward.sessions.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The meetings the person's pairs planned, for the subject access export. */
@Component
@Order(51)
class PlannedSessionPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    PlannedSessionPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "plannedSessions";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", partner.name as "partner", p.starts_at as "startsAt",
                       p.time_zone as "timeZone", p.duration_minutes as "durationMinutes", p.format,
                       p.intro_chat as "introChat", p.place, p.video_link as "videoLink", p.agenda,
                       p.planned_by as "plannedBy", p.created_at as "createdAt"
                from planned_session p
                join mentoring_pair mp on mp.id = p.pair_id
                join program pr on pr.id = mp.program_id
                join person partner on partner.id = case when mp.mentor_id = ? then mp.mentee_id else mp.mentor_id end
                where ? in (mp.mentor_id, mp.mentee_id)
                order by p.starts_at desc, p.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                personId,
                MAX_ROWS + 1);
    }
}
