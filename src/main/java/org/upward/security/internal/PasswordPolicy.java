package org.upward.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.upward.shared.UiText;

/**
 * The rules a password chosen by a person must meet, wherever it is set (invitation link page and API, the
 * first admin from UPWARD_ADMIN_PASSWORD): at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES}
 * bytes in UTF-8 (bcrypt's limit; plain letters take one byte, accented ones two, emoji four), not the email or the
 * part of it before the @, and not one of the common passwords bundled in {@value #COMMON_PASSWORDS}.
 */
final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /**
     * What bcrypt can take: it looks at no more than 72 bytes of UTF-8, and Spring refuses to hash a longer
     * password rather than silently ignore its end.
     */
    public static final int MAX_BYTES = 72;

    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Why the password is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(UiText.of("security.error.mustBeAtLeastCharactersLong", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(UiText.of("security.error.mustBeAtMostBytesLong", MAX_BYTES));
        }
        String lower = password.trim().toLowerCase(Locale.ROOT);
        if (email != null) {
            String address = email.trim().toLowerCase(Locale.ROOT);
            int at = address.indexOf('@');
            if (lower.equals(address) || (at > 0 && lower.equals(address.substring(0, at)))) {
                return Optional.of(UiText.of("security.error.mustNotBeTheEmailAddress"));
            }
        }
        if (COMMON.contains(lower)) {
            return Optional.of(UiText.of("security.error.isOneOfTheMostCommon"));
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        InputStream list = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
        if (list == null) {
            throw new IllegalStateException("The list of common passwords " + COMMON_PASSWORDS + " is missing");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
