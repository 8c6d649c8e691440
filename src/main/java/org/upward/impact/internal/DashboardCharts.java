package org.upward.impact.internal;

import java.math.BigDecimal;
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
                skillLevels(impact.skillGrowth()),
                skillChange(impact.skillGrowth()));
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

    /** Each skill's average self-rating before and after, on the 1–5 scale, a pair of bars per skill and side. */
    static Chart skillLevels(List<SkillGrowth> growth) {
        String title = UiText.of("impact.chart.skillLevels");
        List<SkillGrowth> shown = growth.stream().filter(g -> !g.suppressed()).toList();
        if (shown.isEmpty()) {
            return growth.isEmpty() ? new Chart(title, null, null, List.of()) : Chart.withheld(title);
        }
        String before = UiText.of("impact.chart.skillLevels.before");
        String after = UiText.of("impact.chart.skillLevels.after");
        List<Object> beforeValues = new ArrayList<>();
        List<Object> afterValues = new ArrayList<>();
        List<String> beforeLabels = new ArrayList<>();
        List<String> afterLabels = new ArrayList<>();
        List<String> beforeTips = new ArrayList<>();
        List<String> afterTips = new ArrayList<>();
        for (SkillGrowth g : shown) {
            beforeValues.add(g.meanBefore());
            afterValues.add(g.meanAfter());
            beforeLabels.add(twoDecimals(g.meanBefore()));
            afterLabels.add(twoDecimals(g.meanAfter()));
            beforeTips.add(UiText.of("impact.chart.skillLevels.tip", before, twoDecimals(g.meanBefore()), g.n()));
            afterTips.add(UiText.of("impact.chart.skillLevels.tip", after, twoDecimals(g.meanAfter()), g.n()));
        }
        Spec spec = new Spec(
                "bar",
                true,
                shown.stream().map(DashboardCharts::skillAndSide).toList(),
                new Axis(UiText.of("impact.chart.skillLevels.x"), 1.0, 5.0, 1.0, false),
                Axis.titled(UiText.of("impact.chart.skill.y")),
                List.of(
                        new Series(before, "bar", "muted", beforeValues, beforeLabels, beforeTips),
                        new Series(after, "bar", "main", afterValues, afterLabels, afterTips)));
        return Chart.of(title, spec, leftOut(growth, shown));
    }

    /**
     * Each skill's average change (after − before) with its 95% confidence interval, in points of the 1–5 scale;
     * the scale always shows zero, so an interval that crosses it reads as no clear change.
     */
    static Chart skillChange(List<SkillGrowth> growth) {
        String title = UiText.of("impact.chart.skillChange");
        List<SkillGrowth> shown = growth.stream()
                .filter(g -> !g.suppressed() && g.meanChange() != null)
                .toList();
        if (shown.isEmpty()) {
            return growth.isEmpty() ? new Chart(title, null, null, List.of()) : Chart.withheld(title);
        }
        String interval = UiText.of("impact.chart.skillChange.interval");
        String average = UiText.of("impact.chart.skillChange.mean");
        List<Object> ranges = new ArrayList<>();
        List<Object> means = new ArrayList<>();
        List<String> rangeTips = new ArrayList<>();
        List<String> meanLabels = new ArrayList<>();
        List<String> meanTips = new ArrayList<>();
        double low = 0;
        double high = 0;
        for (SkillGrowth g : shown) {
            boolean hasInterval = g.ciLow() != null && g.ciHigh() != null;
            ranges.add(hasInterval ? List.of(g.ciLow(), g.ciHigh()) : null);
            rangeTips.add(
                    hasInterval
                            ? UiText.of("impact.chart.skillChange.intervalTip", signed(g.ciLow()), signed(g.ciHigh()))
                            : null);
            means.add(g.meanChange());
            meanLabels.add(signed(g.meanChange()));
            meanTips.add(UiText.of("impact.chart.skillChange.meanTip", signed(g.meanChange()), g.n()));
            low = Math.min(low, hasInterval ? g.ciLow() : g.meanChange());
            high = Math.max(high, hasInterval ? g.ciHigh() : g.meanChange());
        }
        Spec spec = new Spec(
                "bar",
                true,
                shown.stream().map(DashboardCharts::skillAndSide).toList(),
                new Axis(
                        UiText.of("impact.chart.skillChange.x"),
                        Math.floor(low * 2 - 0.5) / 2,
                        Math.ceil(high * 2 + 0.5) / 2,
                        0.5,
                        false),
                Axis.titled(UiText.of("impact.chart.skill.y")),
                List.of(
                        new Series(interval, "range", "muted", ranges, null, rangeTips),
                        new Series(average, "point", "main", means, meanLabels, meanTips)));
        return Chart.of(title, spec, leftOut(growth, shown));
    }

    /** A wave in words ("Baseline", "6 months"); a custom wave keeps its own name. */
    static String waveName(String wave) {
        return UiText.ofOr("survey.wave.name." + wave, wave);
    }

    private static List<String> leftOut(List<SkillGrowth> growth, List<SkillGrowth> shown) {
        return growth.size() > shown.size()
                ? List.of(UiText.of("impact.chart.skill.leftOut", SmallGroups.MINIMUM))
                : List.of();
    }

    private static String skillAndSide(SkillGrowth g) {
        return UiText.of("impact.chart.skill.category", g.skill(), UiText.named("impact.side.", g.side()));
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** As the table writes it: at most two decimals, no trailing zeros ("2.1", "3.45"). */
    private static String twoDecimals(double value) {
        return BigDecimal.valueOf(Math.round(value * 100) / 100.0)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String signed(double value) {
        String number = twoDecimals(Math.abs(value));
        if (number.equals("0")) {
            return number;
        }
        return (value < 0 ? "−" : "+") + number;
    }
}
