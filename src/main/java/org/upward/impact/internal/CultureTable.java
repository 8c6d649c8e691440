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
 * communication and NPS; a column per wave and group. The satisfaction index trend is drawn from the same results
 * ({@link DashboardCharts#culture}); this table is its accessible fallback and what prints.
 */
record CultureTable(List<String> measures, List<Column> columns) {

    static final List<String> MEASURES =
            List.of("collaboration", "satisfactionIndex", "intergenerationalCommunication", "nps");

    /** {@code wave} is the wave's name as stored ("BASELINE"); the page shows {@link #waveName()}. */
    record Column(String wave, String group, int n, boolean suppressed, Map<String, String> cells) {

        /** The wave in words ("Baseline", "6 months"); a custom wave keeps its own name. */
        public String waveName() {
            return DashboardCharts.waveName(wave);
        }

        public String cell(String measure) {
            return suppressed ? UiText.of("impact.suppressed", SmallGroups.MINIMUM) : cells.getOrDefault(measure, "–");
        }
    }

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

    private static String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }
}
