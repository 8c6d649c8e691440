package org.upward.survey.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/**
 * The person's unfinished survey answers (kept only until they submit), for the subject access export. Read only
 * by that person: an admin's export leaves them out and counts them.
 */
@Component
@Order(66)
class SurveyDraftPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    SurveyDraftPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "surveyDrafts";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", w.name as "wave", case when ? then d.answers end as "answers",
                       d.saved_on as "savedOn"
                from survey_draft d
                join survey_wave w on w.id = d.wave_id
                join program pr on pr.id = w.program_id
                where d.person_id = ?
                order by d.saved_on desc, w.id desc
                limit ?
                """,
                PersonalDataRow::read,
                privateTexts,
                personId,
                MAX_ROWS + 1);
    }

    @Override
    public int privateTexts(long personId) {
        Integer count =
                jdbc.queryForObject("select count(*) from survey_draft where person_id = ?", Integer.class, personId);
        return count == null ? 0 : count;
    }
}
