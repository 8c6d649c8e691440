package org.upward.security.internal;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountHolders holders;
    private final SignedInUsers users;
    private final PasswordLoginPolicy policy;

    AccountUserDetailsService(AccountHolders holders, SignedInUsers users, PasswordLoginPolicy policy) {
        this.holders = holders;
        this.users = users;
        this.policy = policy;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Optional<AccountHolders.Held> held = holders.byEmail(email);
        // the same answer for unknown emails, so that it does not tell who has an account
        if (policy.requiresSso()
                && !held.map(found -> PasswordLoginPolicy.isUsableBreakGlass(found.account()))
                        .orElse(false)) {
            return new SsoOnlyLogin(email);
        }
        return held.filter(found -> found.account().getPasswordHash() != null)
                .map(found -> users.of(found.account(), found.person()))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
    }
}
