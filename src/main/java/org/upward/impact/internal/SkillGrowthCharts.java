package org.upward.impact.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.upward.impact.internal.DashboardCharts.Axis;
import org.upward.impact.internal.DashboardCharts.Chart;
import org.upward.impact.internal.DashboardCharts.Series;
import org.upward.impact.internal.DashboardCharts.Spec;
import org.upward.shared.UiText;

/** The skill growth charts of the dashboard: mean levels before and after, and the change with its 95% interval. */
final class SkillGrowthCharts {

    private SkillGrowthCharts() {}

    /** Each skill's average self-rating before and after, on the 1–5 scale, a pair of bars per skill and side. */
    static Chart levels(List<SkillGrowth> growth) {
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
                shown.stream().map(SkillGrowthCharts::skillAndSide).toList(),
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
    static Chart change(List<SkillGrowth> growth) {
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
                shown.stream().map(SkillGrowthCharts::skillAndSide).toList(),
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

    private static List<String> leftOut(List<SkillGrowth> growth, List<SkillGrowth> shown) {
        return growth.size() > shown.size()
                ? List.of(UiText.of("impact.chart.skill.leftOut", SmallGroups.MINIMUM))
                : List.of();
    }

    private static String skillAndSide(SkillGrowth g) {
        return UiText.of("impact.chart.skill.category", g.skill(), UiText.named("impact.side.", g.side()));
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
