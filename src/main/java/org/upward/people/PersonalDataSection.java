package org.upward.people;

import java.util.List;

/**
 * One part of what Upward holds about a person, contributed by the module that holds it to the person's
 * "download my data" export (subject access). A module implements it with a package-private component in its
 * {@code internal} package; the people module finds every one and assembles them, in their {@code @Order}.
 * Its title and, when it has one, a note for the reader come from the bundles
 * ({@code personal-data.section.<name>} and {@code personal-data.section.<name>.note}).
 */
public interface PersonalDataSection {

    /** The most rows a section exports: one person's data is small; a section that has more says so. */
    int MAX_ROWS = 5000;

    /** The section's stable name, in camel case: its key in the JSON and its CSV file's name. */
    String name();

    /**
     * The person's rows, newest or most important first, at most {@link #MAX_ROWS} + 1 (the extra one tells the
     * export the section was cut). Without {@code privateTexts}, text only the person may read (a private
     * reflection, what changed in a wrap-up, an unfinished survey answer) is left empty: an admin's export.
     */
    List<PersonalDataRow> rows(long personId, boolean privateTexts);

    /** How many texts only the person may read the section holds for them; an admin's export gives this count. */
    default int privateTexts(long personId) {
        return 0;
    }
}
