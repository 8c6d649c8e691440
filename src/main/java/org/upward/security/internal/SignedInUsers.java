package org.upward.security.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.security.ParticipantRoleSource;
import org.upward.security.Role;
import org.upward.security.UpwardUser;

/** Builds the signed-in user: the account's stored roles, plus PARTICIPANT while they are enrolled. */
@Component
class SignedInUsers {

    private final ObjectProvider<ParticipantRoleSource> participants;
    private final AccountHolders holders;
    private final JdbcTemplate jdbc;
    private final People people;

    SignedInUsers(
            ObjectProvider<ParticipantRoleSource> participants,
            AccountHolders holders,
            JdbcTemplate jdbc,
            People people) {
        this.participants = participants;
        this.holders = holders;
        this.jdbc = jdbc;
        this.people = people;
    }

    UpwardUser of(Account account) {
        return of(account, holders.personOf(account));
    }

    UpwardUser of(Account account, PersonRef person) {
        Set<Role> roles = withParticipant(account.getRoles(), person.email());
        return new UpwardUser(
                account.getId(),
                person.email(),
                person.name(),
                account.getPasswordHash(),
                // a person who left the company cannot sign in, however their account was set
                account.isEnabled() && !people.hasLeft(person.email()),
                Set.copyOf(roles));
    }

    /**
     * The roles the signed-in user has now, read from the database (so a change made on any instance counts
     * at once); empty when the account is gone or disabled or the person has left the company, i.e. the person may
     * no longer be signed in.
     */
    Optional<Set<Role>> currentRoles(UpwardUser user) {
        // one row per role (one row with a null role when there is none); no row: the account is gone
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select a.enabled, r.role from account a left join account_role r on r.account_id = a.id"
                        + " where a.id = ?",
                user.accountId());
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0).get("enabled")) || people.hasLeft(user.email())) {
            return Optional.empty();
        }
        List<Role> stored = rows.stream()
                .map(row -> (String) row.get("role"))
                .filter(Objects::nonNull)
                .map(Role::valueOf)
                .toList();
        return Optional.of(withParticipant(stored, user.email()));
    }

    private Set<Role> withParticipant(Iterable<Role> stored, String email) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        stored.forEach(roles::add);
        ParticipantRoleSource source = participants.getIfAvailable();
        if (source != null && source.isParticipant(email)) {
            roles.add(Role.PARTICIPANT);
        }
        return Set.copyOf(roles);
    }
}
