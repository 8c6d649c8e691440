package org.upward.audit.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/**
 * The audit entries by the person and about them (them, their pairs, applications and API tokens), newest first,
 * for the subject access export.
 */
@Component
@Order(90)
class AuditPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    AuditPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "auditEntries";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select e.occurred_at as "occurredAt", coalesce(e.actor_person_id = ?, false) as "byYou", e.actor_name as "actor",
                       e.action, e.subject_type as "subjectType", e.summary
                from audit_entry e
                where e.actor_person_id = ?
                   or (e.subject_type = 'PERSON' and e.subject_id = ?)
                   or (e.subject_type = 'PAIR' and e.subject_id in
                          (select id from mentoring_pair where ? in (mentor_id, mentee_id)))
                   or (e.subject_type = 'APPLICATION' and e.subject_id in
                          (select id from program_application where person_id = ?))
                   or (e.subject_type = 'API_TOKEN' and e.subject_id in
                          (select t.id from api_token t join account a on a.id = t.account_id where a.person_id = ?))
                order by e.occurred_at desc, e.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                personId,
                personId,
                personId,
                personId,
                personId,
                MAX_ROWS + 1);
    }
}
