package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upward.shared.UiText;
import org.upward.survey.GroupResults;
import org.upward.survey.WaveResults;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's charts as {@code static/js/impact-charts.js} draws them with Chart.js: for each chart its
 * categories, its axes' titles (what is measured, on which scale, in which unit), its series by name (the
 * legend), the value written beside each mark and the words of each mark's tooltip — all worded here, so the
 * script only draws. The page passes each chart as JSON in a data attribute (the CSP allows no inline script).
 * A chart whose figures are suppressed (fewer than five people) is not drawn: the page says why instead.
 */
record DashboardCharts(Chart sessionsPerMonth, Chart culture, Chart skillLevels, Chart skillChange) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One chart: {@code data} (JSON) when it is drawn, else {@code withheld}, the reason it is not; {@code notes}
     * say what a reader might otherwise misread (a gap in a line, rows left out).
     */
    record Chart(String title, String data, String withheld, List<String> notes) {

        public boolean drawn() {
            return data != null;
        }

        static Chart of(String title, Spec spec, List<String> notes) {
            return new Chart(title, JSON.writeValueAsString(spec), null, notes);
        }

        static Chart withheld(String title) {
            return new Chart(title, null, UiText.of("impact.chart.withheld", SmallGroups.MINIMUM), List.of());
        }
    }

    /** What the script reads: {@code type} is bar or line; a horizontal chart has its categories down the side. */
    record Spec(String type, boolean horizontal, List<String> categories, Axis x, Axis y, List<Series> series) {}

    /**
     * An axis: its title (what, on which scale, in which unit); its range and step where the scale is fixed (a 1–5
     * rating, a percentage); {@code whole} when its values are counts, so its ticks are whole numbers.
     */
    record Axis(String title, Double min, Double max, Double step, boolean whole) {

        static Axis titled(String title) {
            return new Axis(title, null, null, null, false);
        }
    }

    /**
     * One series (one entry of the legend). {@code kind}: bar, line, point (a mark without a line) or range (a
     * bar from a low to a high value, each value a pair); {@code tone}: the colour, main or muted. A null value is
     * no mark. {@code labels} are written beside the marks, {@code tips} shown on hover or focus.
     */
    record Series(String name, String kind, String tone, List<Object> values, List<String> labels, List<String> tips) {}

    static DashboardCharts of(ProgramImpact impact) {
        return new DashboardCharts(
                sessionsPerMonth(impact.engagement().sessionsPerPairPerMonth()),
                culture(impact.culture()),
                SkillGrowthCharts.levels(impact.skillGrowth()),
                SkillGrowthCharts.change(impact.skillGrowth()));
    }

    /** The histogram: pairs by their sessions per month, one bar per bucket. */
    static Chart sessionsPerMonth(Distribution distribution) {
        String title = UiText.of("impact.chart.distribution");
        if (distribution.buckets().stream().anyMatch(bucket -> !bucket.pairs().shown())) {
            return Chart.withheld(title);
        }
        List<String> categories = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        for (Distribution.Bucket bucket : distribution.buckets()) {
            long pairs = Math.round(bucket.pairs().value());
            categories.add(bucket.shownLabel());
            values.add(pairs);
            labels.add(String.valueOf(pairs));
            tips.add(Headlines.count("pairs", pairs));
        }
        Spec spec = new Spec(
                "bar",
                false,
                categories,
                Axis.titled(UiText.of("impact.chart.distribution.x")),
                new Axis(UiText.of("impact.chart.distribution.y"), 0.0, null, null, true),
                List.of(new Series(
                        UiText.of("impact.chart.distribution.series"), "bar", "main", values, labels, tips)));
        return Chart.of(title, spec, List.of());
    }

    /**
     * The culture trend: the satisfaction index (0–100 %) at each closed wave, one line per group (participants,
     * the comparison group); a group too small at a wave leaves a gap, and a note says why.
     */
    static Chart culture(List<WaveResults> waves) {
        String title = UiText.of("impact.chart.culture");
        List<WaveResults> closed =
                waves.stream().filter(wave -> !wave.groups().isEmpty()).toList();
        Map<String, List<GroupResults>> byGroup = new LinkedHashMap<>();
        for (WaveResults wave : closed) {
            for (GroupResults group : wave.groups()) {
                byGroup.computeIfAbsent(group.group().name(), name -> new ArrayList<>());
            }
        }
        boolean gap = false;
        List<Series> series = new ArrayList<>();
        for (String group : byGroup.keySet()) {
            String name = UiText.named("impact.chart.group.", group);
            List<Object> values = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<String> tips = new ArrayList<>();
            boolean anyPoint = false;
            for (WaveResults wave : closed) {
                GroupResults result = wave.groups().stream()
                        .filter(g -> g.group().name().equals(group))
                        .findFirst()
                        .orElse(null);
                if (result == null || result.suppressed() || result.satisfactionIndex() == null) {
                    gap |= result != null && result.n() > 0 && result.suppressed();
                    values.add(null);
                    labels.add(null);
                    tips.add(null);
                    continue;
                }
                String value = oneDecimal(result.satisfactionIndex());
                anyPoint = true;
                values.add(Math.round(result.satisfactionIndex() * 10) / 10.0);
                labels.add(value + " %");
                tips.add(UiText.of("impact.chart.culture.tip", name, value, result.n()));
            }
            if (anyPoint) {
                series.add(new Series(name, "line", series.isEmpty() ? "main" : "muted", values, labels, tips));
            }
        }
        if (series.isEmpty()) {
            return closed.isEmpty() ? new Chart(title, null, null, List.of()) : Chart.withheld(title);
        }
        Spec spec = new Spec(
                "line",
                false,
                closed.stream().map(wave -> waveName(wave.wave())).toList(),
                Axis.titled(UiText.of("impact.chart.culture.x")),
                new Axis(UiText.of("impact.chart.culture.y"), 0.0, 100.0, 20.0, false),
                series);
        return Chart.of(
                title, spec, gap ? List.of(UiText.of("impact.chart.culture.gap", SmallGroups.MINIMUM)) : List.of());
    }

    /** A wave in words ("Baseline", "6 months"); a custom wave keeps its own name. */
    static String waveName(String wave) {
        return UiText.ofOr("survey.wave.name." + wave, wave);
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
