package org.upward.security.internal;

import java.time.Clock;
import java.util.EnumSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.security.internal.SsoLoginRefusedException.Reason;

/**
 * Links a single sign-on login to an Upward account by verified email: the person's account, created on the
 * spot (no roles, no password) for someone in the people directory who has none yet. Roles stay those kept in
 * Upward; the provider's groups are ignored.
 */
@Service
class SsoAccountLinker {

    private final AccountRepository accounts;
    private final People people;
    private final SignedInUsers users;
    private final Clock clock;

    SsoAccountLinker(AccountRepository accounts, People people, SignedInUsers users, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public UpwardUser link(String email, boolean emailVerified) {
        if (email == null || email.isBlank() || !emailVerified) {
            throw new SsoLoginRefusedException(Reason.UNVERIFIED_EMAIL, email);
        }
        String normalized = People.normalizeEmail(email);
        PersonRef person = people.findByEmail(normalized)
                .orElseThrow(() -> new SsoLoginRefusedException(Reason.UNKNOWN_PERSON, normalized));
        if (people.hasLeft(normalized)) {
            throw new SsoLoginRefusedException(Reason.LEFT_COMPANY, normalized);
        }
        Account account = accounts.findByPersonId(person.id())
                .orElseGet(() -> accounts.save(new Account(person.id(), null, EnumSet.noneOf(Role.class))));
        if (!account.isEnabled()) {
            account.enableForSingleSignOn();
        }
        accounts.saveAndFlush(account);
        accounts.recordLogin(account.getId(), clock.instant());
        return users.of(account, person);
    }
}
