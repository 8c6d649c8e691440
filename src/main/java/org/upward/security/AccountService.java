package org.upward.security;

import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.Person;

/** Accounts' public face: who can log in, with which roles. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public boolean hasEnabledAdmin() {
        return accounts.existsEnabledAdmin();
    }

    @Transactional(readOnly = true)
    public boolean hasAccount(String email) {
        return accounts.findByPersonEmail(Person.normalizeEmail(email)).isPresent();
    }

    /** Gives the person an enabled account with that password and those roles, unless they have one. */
    @Transactional
    public void createIfAbsent(Person person, String rawPassword, Set<Role> roles) {
        if (accounts.findByPersonEmail(person.getEmail()).isEmpty()) {
            accounts.save(new Account(person, passwordEncoder.encode(rawPassword), roles));
        }
    }
}
