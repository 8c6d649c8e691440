package org.upward.impact.internal;

import java.io.IOException;
import java.util.ArrayList;
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
    PARTICIPATION("participation", ImpactTable::participation, Headers.FIGURE),
    ENGAGEMENT("engagement", ImpactTable::engagement, Headers.FIGURE),
    SESSIONS_PER_MONTH(
            "sessions-per-month", ImpactTable::sessionsPerMonth, List.of("bucket", "pairs", "n", "suppressed")),
    SKILL_GROWTH(
            "skill-growth",
            ImpactTable::skillGrowth,
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
            ImpactTable::culture,
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
            ImpactTable::retention,
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
    OUTCOMES("outcomes", ImpactTable::outcomes, List.of("type", "count", "value")),
    MATCH_QUALITY(
            "match-quality",
            ImpactTable::matchQuality,
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

    private static List<List<Object>> participation(ProgramImpact impact) {
        Participation p = impact.participation();
        return List.of(
                figure("enrolled_mentors", p.enrolledMentors()),
                figure("enrolled_mentees", p.enrolledMentees()),
                figure("match_rate_percent", p.matchRatePercent()),
                figure("active_pairs", p.activePairs()),
                figure("swap_rate_percent", p.swapRatePercent()),
                figure("withdrawal_rate_percent", p.withdrawalRatePercent()));
    }

    private static List<List<Object>> engagement(ProgramImpact impact) {
        Engagement e = impact.engagement();
        Distribution d = e.sessionsPerPairPerMonth();
        return List.of(
                figure("sessions", e.sessions()),
                figure("hours", e.hours()),
                figure("sessions_per_pair_per_month_min", d.min()),
                figure("sessions_per_pair_per_month_lower_quartile", d.lowerQuartile()),
                figure("sessions_per_pair_per_month_median", d.median()),
                figure("sessions_per_pair_per_month_upper_quartile", d.upperQuartile()),
                figure("sessions_per_pair_per_month_max", d.max()),
                figure("sessions_per_pair_per_month_mean", d.mean()),
                figure("keeping_cadence_percent", e.keepingCadencePercent()),
                figure("feedback_average", e.feedbackAverage()),
                figure("check_in_average", e.checkInAverage()),
                figure("engagement_score", e.score()));
    }

    private static List<List<Object>> sessionsPerMonth(ProgramImpact impact) {
        return impact.engagement().sessionsPerPairPerMonth().buckets().stream()
                .map(bucket -> figure(bucket.label(), bucket.pairs()))
                .toList();
    }

    private static List<List<Object>> skillGrowth(ProgramImpact impact) {
        return impact.skillGrowth().stream()
                .map(g -> Arrays.<Object>asList(
                        g.skill(),
                        g.side(),
                        g.n(),
                        g.meanBefore(),
                        g.meanAfter(),
                        g.meanChange(),
                        g.ciLow(),
                        g.ciHigh(),
                        g.tTestP(),
                        g.wilcoxonP(),
                        g.cohensDz(),
                        g.suppressed()))
                .toList();
    }

    private static List<List<Object>> culture(ProgramImpact impact) {
        List<List<Object>> rows = new ArrayList<>();
        impact.culture().forEach(wave -> wave.groups()
                .forEach(g -> rows.add(Arrays.asList(
                        wave.wave(),
                        g.group(),
                        g.n(),
                        g.collaboration(),
                        g.satisfactionIndex(),
                        g.intergenerationalCommunication(),
                        g.nps(),
                        g.suppressed()))));
        return rows;
    }

    private static List<List<Object>> retention(ProgramImpact impact) {
        return impact.retention().periods().stream()
                .map(p -> Arrays.<Object>asList(
                        p.name(),
                        p.until(),
                        p.complete(),
                        p.participants().people(),
                        p.participants().stayed().value(),
                        p.participants().retainedPercent().value(),
                        p.others().people(),
                        p.others().stayed().value(),
                        p.others().retainedPercent().value(),
                        p.differencePoints().value(),
                        p.ciLow(),
                        p.ciHigh(),
                        p.differencePoints().suppressed()))
                .toList();
    }

    private static List<List<Object>> outcomes(ProgramImpact impact) {
        List<List<Object>> rows = new ArrayList<>();
        impact.outcomes().byType().forEach(t -> rows.add(List.of(t.type(), t.count(), t.value())));
        rows.add(List.of("TOTAL", impact.outcomes().count(), impact.outcomes().totalValue()));
        return rows;
    }

    private static List<List<Object>> matchQuality(ProgramImpact impact) {
        return List.of(
                correlation("score_and_feedback", impact.matchQuality().scoreAndFeedback()),
                correlation("score_and_check_ins", impact.matchQuality().scoreAndCheckIns()));
    }

    private static List<Object> figure(String name, Figure figure) {
        return Arrays.asList(name, figure.value(), figure.n(), figure.suppressed());
    }

    private static List<Object> correlation(String name, MatchQuality.CorrelationFigure c) {
        return Arrays.asList(name, c.pairs(), c.r(), c.ciLow(), c.ciHigh(), c.p(), c.suppressed());
    }

    @Override
    public String toString() {
        return slug.toLowerCase(Locale.ROOT);
    }
}
