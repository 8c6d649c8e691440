package org.upward.security.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What a password login finds while single sign-on is required and the email is not a break-glass admin's
 * (known or not, so the answer tells nothing): an account whose password login has expired. Spring's checks
 * refuse it with an {@code AccountExpiredException} before looking at the password, and the login form shows
 * "use single sign-on".
 */
record SsoOnlyLogin(String email) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of();
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonExpired() {
        return false;
    }
}
