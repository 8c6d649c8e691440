package org.upward.shared;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Renames a person inside free-text columns, for an erasure: their former email, then their former name, in any
 * case and as whole words, become their pseudonym's email and name. Table and column names come from code, never
 * from input. A module calls it on its own tables, in the erasure's transaction.
 */
public record TextRenaming(String formerName, String formerEmail, String name, String email) {

    /** Renames in each text or varchar column of the table; answers how many values changed. */
    public int apply(JdbcTemplate jdbc, String table, String... columns) {
        return run(jdbc, table, columns, "%s", "%s");
    }

    /** Renames inside each jsonb column of the table (its text, then parsed back). */
    public int applyToJson(JdbcTemplate jdbc, String table, String... columns) {
        return run(jdbc, table, columns, "%s::text", "(%s)::jsonb");
    }

    private int run(JdbcTemplate jdbc, String table, String[] columns, String asText, String back) {
        int changed = 0;
        for (String column : columns) {
            for (String[] rename : new String[][] {{formerEmail, email}, {formerName, name}}) {
                if (rename[0] == null || rename[0].isBlank()) {
                    continue;
                }
                String text = asText.formatted(column);
                String pattern = wordPattern(rename[0]);
                changed += jdbc.update(
                        "update " + table + " set " + column + " = "
                                + back.formatted("regexp_replace(" + text + ", ?, ?, 'gi')")
                                + " where " + text + " ~* ?",
                        pattern,
                        rename[1],
                        pattern);
            }
        }
        return changed;
    }

    /** The text as a PostgreSQL regular expression matching it literally, as a whole word where it starts or ends with one. */
    static String wordPattern(String literal) {
        StringBuilder pattern = new StringBuilder();
        if (Character.isLetterOrDigit(literal.codePointAt(0))) {
            pattern.append("\\m");
        }
        literal.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        if (Character.isLetterOrDigit(literal.codePointBefore(literal.length()))) {
            pattern.append("\\M");
        }
        return pattern.toString();
    }
}
