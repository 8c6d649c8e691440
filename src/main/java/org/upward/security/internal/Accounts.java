package org.upward.security.internal;

import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonRef;
import org.upward.security.AccountService;
import org.upward.security.Role;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/** Accounts' public face: who can log in, with which roles. */
@Service
class Accounts implements AccountService {

    private final AccountRepository accounts;
    private final AccountHolders holders;
    private final PasswordEncoder passwordEncoder;
    private final LoginLockout lockout;

    Accounts(
            AccountRepository accounts, AccountHolders holders, PasswordEncoder passwordEncoder, LoginLockout lockout) {
        this.accounts = accounts;
        this.holders = holders;
        this.passwordEncoder = passwordEncoder;
        this.lockout = lockout;
    }

    @Transactional(readOnly = true)
    public boolean hasEnabledAdmin() {
        return accounts.existsEnabledAdmin();
    }

    @Transactional(readOnly = true)
    public boolean hasAccount(String email) {
        return holders.byEmail(email).isPresent();
    }

    /**
     * Replaces a signed-in person's password: the current one must match, the new one must meet the
     * {@link PasswordPolicy}. A wrong current password counts as a failed login (and may lock the account).
     */
    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        String email = holders.personOf(account).email();
        // counted before the check, so parallel guesses cannot slip past the lockout
        if (!lockout.admit(email)) {
            throw new InvalidFieldException("currentPassword", ProblemResponses.loginFailed());
        }
        if (currentPassword == null
                || account.getPasswordHash() == null
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidFieldException(
                    "currentPassword", UiText.of("security.error.thisIsNotYourCurrentPassword"));
        }
        lockout.forgive(accountId);
        PasswordPolicy.problemWith(newPassword, email).ifPresent(problem -> {
            throw new InvalidFieldException("newPassword", UiText.of("security.error.theNewPassword", problem));
        });
        if (newPassword.equals(currentPassword)) {
            throw new InvalidFieldException("newPassword", UiText.of("security.error.theNewPasswordMustDifferFrom"));
        }
        account.activate(passwordEncoder.encode(newPassword));
    }

    /** Gives the person an enabled account with that password and those roles, unless they have one. */
    @Transactional
    public void createIfAbsent(PersonRef person, String rawPassword, Set<Role> roles) {
        if (accounts.findByPersonId(person.id()).isEmpty()) {
            accounts.save(new Account(person.id(), passwordEncoder.encode(rawPassword), roles));
        }
    }
}
