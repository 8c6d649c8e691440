package org.upward.security.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.security.AccountRoles;
import org.upward.security.Role;
import org.upward.security.RolesChanged;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/**
 * Sets the roles an admin manages (ADMIN, EXECUTIVE). PARTICIPANT is not set by hand: it follows
 * from enrollments. The last enabled admin cannot take their own ADMIN role away.
 */
@Service
class AccountRoleService implements AccountRoles {

    public record AccountSummary(String email, String name, List<Role> roles, boolean active) {

        static AccountSummary of(AccountHolders.Held held) {
            return new AccountSummary(
                    held.person().email(),
                    held.person().name(),
                    held.account().getRoles().stream().sorted().toList(),
                    held.account().isEnabled());
        }
    }

    private static final Set<Role> MANAGED = EnumSet.of(Role.ADMIN, Role.EXECUTIVE);

    private final AccountRepository accounts;
    private final AccountHolders holders;
    private final People people;
    private final ApplicationEventPublisher events;

    AccountRoleService(
            AccountRepository accounts, AccountHolders holders, People people, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.holders = holders;
        this.people = people;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> all() {
        return holders.inNameOrder(accounts.findAll()).stream()
                .map(AccountSummary::of)
                .toList();
    }

    /** The emails of every account with the ADMIN role, for telling the admins something. */
    @Transactional(readOnly = true)
    public List<String> adminEmails() {
        return people.byIds(accounts.adminPersonIds()).values().stream()
                .map(PersonRef::email)
                .sorted()
                .toList();
    }

    @Transactional
    public AccountSummary setManagedRoles(String email, Set<Role> roles, long actingAccountId) {
        if (!MANAGED.containsAll(roles)) {
            throw new InvalidFieldException("roles", UiText.of("security.error.onlyAdminAndExecutiveCanBe"));
        }
        PersonRef person = people.getByEmail(email);
        Account account = accounts.findByPersonId(person.id())
                .orElseGet(() -> accounts.save(new Account(person.id(), null, EnumSet.noneOf(Role.class))));
        boolean losesAdmin = account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN);
        if (losesAdmin && account.getId() == actingAccountId && accounts.countEnabledAdmins() <= 1) {
            throw new ConflictException(
                    UiText.of("security.conflict.lastAdministrator"),
                    UiText.of("security.error.youAreTheLastAdministratorMake"));
        }
        Set<Role> before = Set.copyOf(account.getRoles());
        account.replaceManagedRoles(roles);
        Account saved = accounts.saveAndFlush(account);
        Set<Role> after = Set.copyOf(saved.getRoles());
        if (!before.equals(after)) {
            events.publishEvent(new RolesChanged(person.id(), person.email(), person.name(), before, after));
        }
        return AccountSummary.of(new AccountHolders.Held(saved, person));
    }
}
