package org.upward.security.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The person's API tokens for the subject access export: names and dates, never the token or its hash. */
@Component
@Order(21)
class ApiTokenPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    ApiTokenPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "apiTokens";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select t.name, t.created_at as "createdAt", t.last_used_at as "lastUsedAt",
                       t.revoked_at as "revokedAt"
                from api_token t join account a on a.id = t.account_id
                where a.person_id = ?
                order by t.created_at desc, t.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
