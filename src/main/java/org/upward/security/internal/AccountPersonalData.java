package org.upward.security.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The person's account for the subject access export: its state, roles and time zone, never its password. */
@Component
@Order(20)
class AccountPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    AccountPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "account";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select a.created_at as "createdAt", a.enabled, a.last_login_at as "lastLoginAt",
                       a.failed_login_count as "failedLogins", a.locked_until as "lockedUntil",
                       (a.password_hash is not null) as "hasPassword", a.break_glass as "breakGlass",
                       a.time_zone as "timeZone",
                       array(select r.role from account_role r where r.account_id = a.id order by r.role) as "roles"
                from account a
                where a.person_id = ?
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
