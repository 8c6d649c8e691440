package org.upward.survey.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The survey waves the person was invited to as one of the comparison group, for the subject access export. */
@Component
@Order(67)
class SurveyComparisonPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    SurveyComparisonPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "surveyComparisonInvitations";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select pr.name as "program", w.name as "wave", w.opens_on as "opensOn", w.closes_on as "closesOn"
                from survey_comparison_member m
                join survey_wave w on w.id = m.wave_id
                join program pr on pr.id = w.program_id
                where m.person_id = ?
                order by w.opens_on desc, w.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
