package org.upward.security;

import java.util.Optional;

/** The rules a password chosen by a person must meet. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {}

    /** Why the password is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (email != null && password.equalsIgnoreCase(email.trim())) {
            return Optional.of("must not be the email address");
        }
        return Optional.empty();
    }
}
