package org.upward.people.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything Upward holds about one person, section by section: what {@code GET /me/personal-data} answers and
 * the ZIP's {@code personal-data.json}.
 */
record PersonalData(
        String email,
        String name,
        Instant generatedAt,
        boolean privateTextsIncluded,
        int withheldPrivateTexts,
        String note,
        Map<String, Section> sections) {

    /**
     * One module's part: its title and note in the reader's words, and its rows (field name to value). Cut after
     * {@code PersonalDataSection.MAX_ROWS} rows when {@code truncated}.
     */
    record Section(
            String title,
            String note,
            int count,
            boolean truncated,
            int withheldPrivateTexts,
            List<Map<String, Object>> rows) {}
}
