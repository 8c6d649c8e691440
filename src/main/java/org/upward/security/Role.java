package org.upward.security;

/** What an account may do. {@code PARTICIPANT} belongs to people enrolled in a program. */
public enum Role {
    ADMIN,
    EXECUTIVE,
    PARTICIPANT;

    public String authority() {
        return "ROLE_" + name();
    }
}
