package org.upward.notification.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The person's notification choices (no row: the defaults), for the subject access export. */
@Component
@Order(81)
class NotificationSettingPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    NotificationSettingPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "notificationSettings";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select s.email_enabled as "emailEnabled", s.sponsor_summaries as "sponsorSummaries",
                       s.updated_at as "updatedAt"
                from notification_setting s
                where s.person_id = ?
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
