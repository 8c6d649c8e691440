package org.upward.enrollment.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The person's program profiles for the subject access export: side, skills, interests and preferences. */
@Component
@Order(30)
class EnrollmentPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    EnrollmentPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "enrollments";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", e.side, e.status, e.work_style as "workStyle",
                       e.meeting_preference as "meetingPreference", e.capacity,
                       array(select s.name || ' (' || o.level || ')' from enrollment_skill_offered o
                             join skill s on s.id = o.skill_id where o.enrollment_id = e.id order by s.name)
                           as "skillsOffered",
                       array(select s.name || ' (' || w.current_level || ', ' || lower(w.priority) || ')'
                             from enrollment_skill_wanted w join skill s on s.id = w.skill_id
                             where w.enrollment_id = e.id order by s.name) as "skillsWanted",
                       array(select i.tag from enrollment_interest i where i.enrollment_id = e.id order by i.tag)
                           as "interests",
                       e.created_at as "createdAt", e.updated_at as "updatedAt"
                from enrollment e join program pr on pr.id = e.program_id
                where e.person_id = ?
                order by e.created_at desc, e.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
