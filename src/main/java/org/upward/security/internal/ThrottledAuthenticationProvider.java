package org.upward.security.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email and password login (the login form and API Basic) under two limits: the client's address
 * ({@link LoginAddressLimit}) and the account ({@link LoginLockout}). Both count an attempt before its password
 * is checked, so parallel attempts cannot get past them. A locked account's password is checked all the same,
 * so it takes as long to answer as any other; the caller is told the same thing for an unknown email, a wrong
 * password, a locked account and an address over its limit.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginLockout lockout;
    private final LoginAddressLimit addresses;

    ThrottledAuthenticationProvider(
            UserDetailsService accounts,
            PasswordEncoder passwordEncoder,
            LoginLockout lockout,
            LoginAddressLimit addresses) {
        super(accounts);
        setPasswordEncoder(passwordEncoder);
        this.lockout = lockout;
        this.addresses = addresses;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        if (!addresses.admit(address)) {
            throw new LockedException("Too many failed logins from this address");
        }
        Authentication signedIn = super.authenticate(authentication);
        addresses.forgive(address);
        return signedIn;
    }

    @Override
    protected void additionalAuthenticationChecks(
            UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        boolean admitted = lockout.admit(user.getUsername());
        try {
            super.additionalAuthenticationChecks(user, authentication);
        } catch (BadCredentialsException wrongPassword) {
            if (admitted) {
                throw wrongPassword;
            }
        }
        if (!admitted) {
            throw new LockedException("Account locked after repeated failed logins");
        }
    }
}
