package org.upward.people.internal;

import java.util.Map;

/** One data row of people.csv as read: its line number and the raw cell of each column present. */
record PersonCsvRow(int line, Map<PeopleCsvColumn, String> cells) {

    /** The trimmed cell, or null when the column is absent or the cell blank. */
    String get(PeopleCsvColumn column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
