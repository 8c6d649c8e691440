package org.upward.audit.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.upward.security.UpwardUser;

/**
 * Finds who acted: the account an event names (a background job records whoever started it), else the
 * signed-in user of the current request, else the system (demo data, scheduled jobs).
 */
@Component
class Actors {

    private final JdbcTemplate jdbc;

    Actors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UpwardUser user) {
            return byAccount(user.accountId(), new Actor(null, user.name(), user.email()));
        }
        return Actor.SYSTEM;
    }

    /** The account's person, or the signed-in user when the event names no account. */
    Actor of(Long accountId) {
        return accountId == null ? current() : byAccount(accountId, Actor.SYSTEM);
    }

    private Actor byAccount(long accountId, Actor otherwise) {
        List<Actor> found = jdbc.query(
                "select p.id, p.name, p.email from account a join person p on p.id = a.person_id where a.id = ?",
                (row, n) -> new Actor(row.getLong(1), row.getString(2), row.getString(3)),
                accountId);
        return found.isEmpty() ? otherwise : found.get(0);
    }
}
