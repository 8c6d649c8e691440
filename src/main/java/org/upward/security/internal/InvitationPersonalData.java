package org.upward.security.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/** The invitations to choose a password the person was sent, for the subject access export (never the link). */
@Component
@Order(22)
class InvitationPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    InvitationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "invitations";
    }

    @Override
    public List<PersonalDataRow> rows(long personId, boolean privateTexts) {
        return jdbc.query(
                """
                select i.created_at as "sentAt", inviter.name as "invitedBy", i.expires_at as "expiresAt",
                       i.used_at as "usedAt"
                from invitation i
                join account a on a.id = i.account_id
                left join account ia on ia.id = i.invited_by_account_id
                left join person inviter on inviter.id = ia.person_id
                where a.person_id = ?
                order by i.created_at desc, i.id desc
                limit ?
                """,
                PersonalDataRow::read,
                personId,
                MAX_ROWS + 1);
    }
}
