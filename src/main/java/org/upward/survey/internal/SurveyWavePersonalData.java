package org.upward.survey.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The survey waves the person answered, never what they answered: the answers are stored without a name. */
@Component
@Order(65)
class SurveyWavePersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    SurveyWavePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "surveyWaves";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", w.name as "wave", p.respondent_group as "respondentGroup",
                       p.responded_on as "respondedOn"
                from survey_participation p
                join survey_wave w on w.id = p.wave_id
                join program pr on pr.id = w.program_id
                where p.person_id = ?
                order by p.responded_on desc, w.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
