package org.upward.survey;

/** Keeps free text from running as a formula when a CSV is opened in a spreadsheet (CSV injection). */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
