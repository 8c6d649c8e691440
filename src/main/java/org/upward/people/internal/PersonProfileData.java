package org.upward.people.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The person's directory entry: the subject access export's first section. */
@Component
@Order(10)
class PersonProfileData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    PersonProfileData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select p.email, p.name, p.department, p.job_title as "jobTitle", p.job_level as "jobLevel",
                       m.name as "manager", m.email as "managerEmail", p.hire_date as "hireDate",
                       p.leave_date as "leaveDate", p.generation, p.created_at as "createdAt",
                       p.updated_at as "updatedAt"
                from person p left join person m on m.id = p.manager_id
                where p.id = ?
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
