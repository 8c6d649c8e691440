package org.upward.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Email and password login (the login form and API Basic) that refuses a locked account. The password is
 * checked even then, so a locked account takes as long to answer as any other; the caller is told the
 * same thing for an unknown email, a wrong password and a locked account.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginLockout lockout;

    ThrottledAuthenticationProvider(
            UserDetailsService accounts, PasswordEncoder passwordEncoder, LoginLockout lockout) {
        super(accounts);
        setPasswordEncoder(passwordEncoder);
        this.lockout = lockout;
    }

    @Override
    protected void additionalAuthenticationChecks(
            UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        boolean locked = lockout.isLocked(user.getUsername());
        try {
            super.additionalAuthenticationChecks(user, authentication);
        } catch (BadCredentialsException wrongPassword) {
            if (!locked) {
                throw wrongPassword;
            }
        }
        if (locked) {
            throw new LockedException("Account locked after repeated failed logins");
        }
    }
}
