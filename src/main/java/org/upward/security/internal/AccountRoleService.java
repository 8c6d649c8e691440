package org.upward.security.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PeopleService;
import org.upward.people.Person;
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

        static AccountSummary of(Account account) {
            return new AccountSummary(
                    account.getPerson().getEmail(),
                    account.getPerson().getName(),
                    account.getRoles().stream().sorted().toList(),
                    account.isEnabled());
        }
    }

    private static final Set<Role> MANAGED = EnumSet.of(Role.ADMIN, Role.EXECUTIVE);

    private final AccountRepository accounts;
    private final PeopleService people;
    private final ApplicationEventPublisher events;

    AccountRoleService(AccountRepository accounts, PeopleService people, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.people = people;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> all() {
        return accounts.findAllByOrderByPersonNameAsc().stream()
                .map(AccountSummary::of)
                .toList();
    }

    /** The emails of every account with the ADMIN role, for telling the admins something. */
    @Transactional(readOnly = true)
    public List<String> adminEmails() {
        return accounts.adminEmails();
    }

    @Transactional
    public AccountSummary setManagedRoles(String email, Set<Role> roles, long actingAccountId) {
        if (!MANAGED.containsAll(roles)) {
            throw new InvalidFieldException("roles", UiText.of("security.error.onlyAdminAndExecutiveCanBe"));
        }
        Person person = people.getByEmail(email);
        Account account = accounts.findByPersonEmail(person.getEmail())
                .orElseGet(() -> accounts.save(new Account(person, null, EnumSet.noneOf(Role.class))));
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
            events.publishEvent(new RolesChanged(person.getId(), person.getEmail(), person.getName(), before, after));
        }
        return AccountSummary.of(saved);
    }
}
