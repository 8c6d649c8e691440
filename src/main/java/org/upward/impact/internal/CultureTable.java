package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upward.shared.UiText;
import org.upward.survey.GroupResults;
import org.upward.survey.WaveResults;

/**
 * The survey table by wave as the page shows it — rows collaboration, satisfaction index %, intergenerational
 * communication and NPS; a column per wave and group — with the satisfaction index trend as an SVG line chart.
 */
record CultureTable(List<String> measures, List<Column> columns) {

    static final List<String> MEASURES =
            List.of("collaboration", "satisfactionIndex", "intergenerationalCommunication", "nps");

    record Column(String wave, String group, int n, boolean suppressed, Map<String, String> cells) {

        public String cell(String measure) {
            return suppressed ? UiText.of("impact.suppressed", SmallGroups.MINIMUM) : cells.getOrDefault(measure, "–");
        }
    }

    record Chart(List<Line> lines, List<Label> labels) {}

    record Line(String name, String points, List<Dot> dots) {}

    record Dot(double x, double y) {}

    record Label(double x, String text) {}

    static CultureTable of(List<WaveResults> waves) {
        List<Column> columns = new ArrayList<>();
        for (WaveResults wave : waves) {
            for (GroupResults group : wave.groups()) {
                if (group.n() == 0) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                cells.put("collaboration", number(group.collaboration()));
                cells.put("satisfactionIndex", number(group.satisfactionIndex()));
                cells.put("intergenerationalCommunication", number(group.intergenerationalCommunication()));
                cells.put("nps", group.nps() == null ? "–" : String.valueOf(group.nps()));
                columns.add(new Column(wave.wave(), group.group().name(), group.n(), group.suppressed(), cells));
            }
        }
        return new CultureTable(MEASURES, columns);
    }

    /** The satisfaction index (0–100 %) per wave, one line per group, in a 100 × 60 view box. */
    static Chart chart(List<WaveResults> waves) {
        List<WaveResults> closed =
                waves.stream().filter(w -> !w.groups().isEmpty()).toList();
        double step = closed.size() > 1 ? 100.0 / (closed.size() - 1) : 0;
        Map<String, List<Dot>> byGroup = new LinkedHashMap<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < closed.size(); i++) {
            double x = closed.size() > 1 ? i * step : 50;
            labels.add(new Label(x, closed.get(i).wave()));
            for (GroupResults group : closed.get(i).groups()) {
                if (!group.suppressed() && group.satisfactionIndex() != null) {
                    byGroup.computeIfAbsent(group.group().name(), g -> new ArrayList<>())
                            .add(new Dot(x, 60 - 0.6 * group.satisfactionIndex()));
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        byGroup.forEach((group, dots) -> lines.add(new Line(
                group,
                String.join(
                        " ",
                        dots.stream()
                                .map(d -> String.format(Locale.ROOT, "%.2f,%.2f", d.x(), d.y()))
                                .toList()),
                dots)));
        return new Chart(lines, labels);
    }

    private static String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }
}
