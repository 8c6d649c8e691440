package org.upward.impact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.upward.web.SpreadsheetSafe;

/**
 * The dashboard's tables as CSV, one file each. A suppressed figure is an empty cell with
 * {@code suppressed = true}; no table has a row per person.
 */
enum ImpactTable {
    PARTICIPATION("participation", ImpactTable::participation),
    ENGAGEMENT("engagement", ImpactTable::engagement),
    SESSIONS_PER_MONTH("sessions-per-month", ImpactTable::sessionsPerMonth),
    SKILL_GROWTH("skill-growth", ImpactTable::skillGrowth),
    CULTURE("culture", ImpactTable::culture),
    RETENTION("retention", ImpactTable::retention),
    OUTCOMES("outcomes", ImpactTable::outcomes),
    MATCH_QUALITY("match-quality", ImpactTable::matchQuality);

    private static final String[] FIGURE_HEADER = {"figure", "value", "n", "suppressed"};

    private final String slug;
    private final Function<ProgramImpact, List<List<Object>>> rows;

    ImpactTable(String slug, Function<ProgramImpact, List<List<Object>>> rows) {
        this.slug = slug;
        this.rows = rows;
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

    void write(ProgramImpact impact, Appendable out) throws IOException {
        String[] header =
                switch (this) {
                    case OUTCOMES -> new String[] {"type", "count", "value"};
                    case MATCH_QUALITY ->
                        new String[] {"relation", "pairs", "r", "ci_low", "ci_high", "p", "suppressed"};
                    case SESSIONS_PER_MONTH -> new String[] {"bucket", "pairs", "n", "suppressed"};
                    case RETENTION ->
                        new String[] {
                            "period", "until", "complete", "participants", "participants_stayed",
                                    "participants_retained_percent",
                            "others", "others_stayed", "others_retained_percent", "difference_points", "ci_low",
                                    "ci_high",
                            "suppressed"
                        };
                    default -> FIGURE_HEADER;
                };
        try (CSVPrinter printer =
                CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
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
