package org.upward.assessment.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The person's skill ratings, of themselves, of their partner and by their partner, for the subject access export. */
@Component
@Order(60)
class AssessmentPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    AssessmentPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "assessments";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", r.phase, s.name as "skill", r.level,
                       case when r.rater_id = r.subject_id then 'SELF'
                            when r.rater_id = ? then 'OF_PARTNER' else 'BY_PARTNER' end as "kind",
                       rater.name as "rater", subject.name as "ratedPerson", r.answered_on as "answeredOn"
                from assessment_rating r
                join program pr on pr.id = r.program_id
                join skill s on s.id = r.skill_id
                join person rater on rater.id = r.rater_id
                join person subject on subject.id = r.subject_id
                where r.rater_id = ? or r.subject_id = ?
                order by r.answered_on desc, r.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                personId,
                personId,
                MAX_ROWS + 1);
    }
}
