package org.upward.notification.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** What the person was told in the app, newest first, for the subject access export. */
@Component
@Order(80)
class NotificationPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    NotificationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select n.kind, n.subject, n.text, n.link, n.created_at as "createdAt", n.read_at as "readAt"
                from notification n
                where n.person_id = ?
                order by n.created_at desc, n.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
