package org.upward.impact.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.upward.shared.SpreadsheetSafe;

/**
 * The dashboard's tables as CSV, one file each. A suppressed figure is an empty cell with
 * {@code suppressed = true}; no table has a row per person.
 */
enum ImpactTable {
    PARTICIPATION("participation", ImpactTableRows::participation, Headers.FIGURE),
    ENGAGEMENT("engagement", ImpactTableRows::engagement, Headers.FIGURE),
    SESSIONS_PER_MONTH(
            "sessions-per-month", ImpactTableRows::sessionsPerMonth, List.of("bucket", "pairs", "n", "suppressed")),
    SKILL_GROWTH(
            "skill-growth",
            ImpactTableRows::skillGrowth,
            List.of(
                    "skill",
                    "side",
                    "n",
                    "mean_before",
                    "mean_after",
                    "mean_change",
                    "ci_low",
                    "ci_high",
                    "t_test_p",
                    "wilcoxon_p",
                    "cohens_dz",
                    "suppressed")),
    CULTURE(
            "culture",
            ImpactTableRows::culture,
            List.of(
                    "wave",
                    "group",
                    "n",
                    "collaboration",
                    "satisfaction_index_percent",
                    "intergenerational_communication",
                    "nps",
                    "suppressed")),
    RETENTION(
            "retention",
            ImpactTableRows::retention,
            List.of(
                    "period",
                    "until",
                    "complete",
                    "participants",
                    "participants_stayed",
                    "participants_retained_percent",
                    "others",
                    "others_stayed",
                    "others_retained_percent",
                    "difference_points",
                    "ci_low",
                    "ci_high",
                    "suppressed")),
    OUTCOMES("outcomes", ImpactTableRows::outcomes, List.of("type", "count", "value")),
    MATCH_QUALITY(
            "match-quality",
            ImpactTableRows::matchQuality,
            List.of("relation", "pairs", "r", "ci_low", "ci_high", "p", "suppressed"));

    private static final class Headers {
        static final List<String> FIGURE = List.of("figure", "value", "n", "suppressed");
    }

    private final String slug;
    private final Function<ProgramImpact, List<List<Object>>> rows;
    private final List<String> header;

    ImpactTable(String slug, Function<ProgramImpact, List<List<Object>>> rows, List<String> header) {
        this.slug = slug;
        this.rows = rows;
        this.header = header;
    }

    String slug() {
        return slug;
    }

    static ImpactTable bySlug(String slug) {
        return Arrays.stream(values())
                .filter(table -> table.slug.equals(slug))
                .findFirst()
                .orElse(null);
    }

    List<String> header() {
        return header;
    }

    void write(ProgramImpact impact, Appendable out) throws IOException {
        try (CSVPrinter printer = CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(out)) {
            for (List<Object> row : rows.apply(impact)) {
                printer.printRecord(row.stream().map(SpreadsheetSafe::cell).toList());
            }
        }
    }

    @Override
    public String toString() {
        return slug.toLowerCase(Locale.ROOT);
    }
}
