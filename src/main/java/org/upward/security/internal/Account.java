package org.upward.security.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.upward.security.Role;

/**
 * A person's login: the password hash, whether it may log in, and its roles. Saving it writes only what changed,
 * never the failed-login count or lock that {@link LoginLockout} keeps up to date with statements of its own.
 */
@Entity
@DynamicUpdate
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;

    private String passwordHash;

    private boolean enabled;

    private int failedLoginCount;

    private Instant lockedUntil;

    private Instant lastLoginAt;

    /** May still log in with a password when single sign-on is required of everyone else. */
    private boolean breakGlass;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {}

    Account(long personId, String passwordHash, Set<Role> roles) {
        this.personId = personId;
        this.passwordHash = passwordHash;
        this.enabled = passwordHash != null;
        this.roles.addAll(roles);
    }

    Long getId() {
        return id;
    }

    long getPersonId() {
        return personId;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    int getFailedLoginCount() {
        return failedLoginCount;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    Set<Role> getRoles() {
        return roles;
    }

    void activate(String passwordHash) {
        this.passwordHash = passwordHash;
        this.enabled = true;
    }

    boolean isBreakGlass() {
        return breakGlass;
    }

    void setBreakGlass(boolean breakGlass) {
        this.breakGlass = breakGlass;
    }

    /** The person proved their email at the identity provider: they may log in, with or without a password. */
    void enableForSingleSignOn() {
        this.enabled = true;
    }

    void replaceManagedRoles(Set<Role> managed) {
        roles.removeIf(role -> role != Role.PARTICIPANT);
        roles.addAll(managed);
    }
}
