package org.upward.security;

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

    AccountUserDetailsService(AccountRepository accounts, SignedInUsers users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByPersonEmail(Person.normalizeEmail(email))
                .filter(account -> account.getPasswordHash() != null)
                .map(users::of)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
    }
}
