package org.upward.program.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The programs the person sponsors, for the subject access export. */
@Component
@Order(25)
class SponsoredProgramPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    SponsoredProgramPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "sponsoredPrograms";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select p.name as "program", p.status, p.start_date as "startDate", p.end_date as "endDate"
                from program p
                where p.sponsor_id = ?
                order by p.start_date desc, p.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
