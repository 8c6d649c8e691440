package org.upward.people.internal;

import java.util.regex.Pattern;

/** What the directory accepts as an email address: one @, no spaces, a dot in the domain, at most 254 characters. */
final class EmailAddress {

    static final String PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    static final int MAX_LENGTH = 254;

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private EmailAddress() {}

    static boolean isValid(String email) {
        return email != null
                && email.length() <= MAX_LENGTH
                && VALID.matcher(email).matches();
    }
}
