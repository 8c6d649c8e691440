package org.upward.security.internal;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.Person;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final SignedInUsers users;
    private final PasswordLoginPolicy policy;

    AccountUserDetailsService(AccountRepository accounts, SignedInUsers users, PasswordLoginPolicy policy) {
        this.accounts = accounts;
        this.users = users;
        this.policy = policy;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Optional<Account> account = accounts.findByPersonEmail(Person.normalizeEmail(email));
        // the same answer for unknown emails, so that it does not tell who has an account
        if (policy.requiresSso()
                && !account.map(PasswordLoginPolicy::isUsableBreakGlass).orElse(false)) {
            return new SsoOnlyLogin(email);
        }
        return account.filter(found -> found.getPasswordHash() != null)
                .map(users::of)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
    }
}
