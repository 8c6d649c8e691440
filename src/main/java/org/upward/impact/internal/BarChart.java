package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.List;
import org.upward.shared.UiText;

/**
 * A bar chart drawn as SVG by the page itself (no script, so it prints and passes the CSP): bars scaled to the
 * largest value in a 100 × 60 view box; a suppressed value draws no bar and says why.
 */
record BarChart(List<Bar> bars) {

    static final double WIDTH = 100;
    static final double HEIGHT = 60;

    record Bar(String label, Double value, double x, double y, double width, double height, String caption) {}

    static BarChart of(Distribution distribution) {
        List<String> labels = new ArrayList<>();
        List<Figure> values = new ArrayList<>();
        distribution.buckets().forEach(bucket -> {
            labels.add(bucket.shownLabel());
            values.add(bucket.pairs());
        });
        return of(labels, values);
    }

    static BarChart of(List<String> labels, List<Figure> values) {
        double max = values.stream()
                .filter(Figure::shown)
                .mapToDouble(Figure::value)
                .max()
                .orElse(0);
        double slot = WIDTH / Math.max(1, values.size());
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Figure figure = values.get(i);
            double height = figure.shown() && max > 0 ? HEIGHT * figure.value() / max : 0;
            String caption =
                    figure.shown() ? format(figure.value()) : UiText.of("impact.suppressed", SmallGroups.MINIMUM);
            bars.add(new Bar(
                    labels.get(i),
                    figure.value(),
                    i * slot + slot * 0.15,
                    HEIGHT - height,
                    slot * 0.7,
                    height,
                    caption));
        }
        return new BarChart(bars);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.1f", value);
    }
}
