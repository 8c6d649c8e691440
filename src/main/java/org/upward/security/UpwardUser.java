package org.upward.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees them; the username is the person's email. */
public record UpwardUser(
        long accountId, String email, String name, String passwordHash, boolean enabled, Set<Role> roles)
        implements UserDetails {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The same user with the roles they have now. */
    public UpwardUser withRoles(Set<Role> current) {
        return new UpwardUser(accountId, email, name, passwordHash, enabled, Set.copyOf(current));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "UpwardUser[" + email + ", " + roles + "]";
    }
}
