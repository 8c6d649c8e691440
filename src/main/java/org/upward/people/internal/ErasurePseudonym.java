package org.upward.people.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The stable name and email an erased person is shown by: derived from their person id (never from their email, so
 * it can't be turned back into it), the same every time. The email's domain {@code invalid} is reserved (RFC 2606)
 * and has no dot, which every email the directory accepts must have: no import, SSO or SCIM login can match it.
 */
record ErasurePseudonym(String code, String name, String email) {

    static ErasurePseudonym of(long personId) {
        String hex = HexFormat.of().formatHex(sha256("upward-erased-person:" + personId));
        String code = hex.substring(0, 4).toUpperCase(Locale.ROOT);
        return new ErasurePseudonym(code, "Former participant " + code, "erased-" + hex.substring(0, 12) + "@invalid");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
