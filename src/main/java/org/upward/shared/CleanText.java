package org.upward.shared;

/**
 * Text as people meant it: control characters (NUL, escape, bell, ...) removed, keeping only tab, line feed and
 * carriage return for multi-line text. Every request's text goes through it before it is validated, so a name of
 * only control characters is blank (and refused as such) and a NUL never reaches PostgreSQL.
 */
public final class CleanText {

    private CleanText() {}

    public static String strip(String text) {
        if (text == null || text.chars().noneMatch(CleanText::isRemoved)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isRemoved(c)).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean isRemoved(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }
}
