package org.upward.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.PersonErased;

/**
 * Closes an erased person's account in the erasure's transaction: no password (so no sign-in, SSO included, which
 * needs an enabled account), tokens revoked and renamed, open invitations gone, every login session ended.
 */
@Component
class AccountClosingOnErasure {

    private final JdbcTemplate jdbc;
    private final SignedInSessions sessions;

    AccountClosingOnErasure(JdbcTemplate jdbc, SignedInSessions sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @EventListener
    void on(PersonErased event) {
        String account = "(select id from account where person_id = ?)";
        jdbc.update(
                "update api_token set name = ?, revoked_at = coalesce(revoked_at, now()) where account_id in "
                        + account,
                PersonErased.ERASED_TEXT,
                event.personId());
        jdbc.update("delete from invitation where account_id in " + account, event.personId());
        jdbc.update(
                "update account set password_hash = null, enabled = false, failed_login_count = 0,"
                        + " version = version + 1 where person_id = ?",
                event.personId());
        sessions.endAllBut(event.formerEmail(), null);
    }
}
