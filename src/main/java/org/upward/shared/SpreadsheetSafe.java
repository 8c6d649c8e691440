package org.upward.shared;

/**
 * Keeps text in a CSV export from running as a formula when the file is opened in a spreadsheet (CSV or
 * formula injection): a text cell that starts with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, which spreadsheets show as text. Numbers, dates and flags are written as they are. An import
 * of the same format takes the apostrophe off again, so an export imports back unchanged.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    /** The text as a CSV cell that a spreadsheet shows and does not run. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsDangerously(value, 0) ? "'" + value : value;
    }

    /** A cell of any type: text made safe, anything else as it is. */
    public static Object cell(Object value) {
        return value instanceof CharSequence text ? text(text.toString()) : value;
    }

    /** An imported cell, without the apostrophe that {@link #text} put in front of it. */
    public static String imported(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\'' && startsDangerously(value, 1)
                ? value.substring(1)
                : value;
    }

    private static boolean startsDangerously(String value, int at) {
        char first = value.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
