package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upward.survey.GroupResults;
import org.upward.survey.RespondentGroup;
import org.upward.survey.WaveResults;
import org.upward.survey.WaveStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The charts' data as the script reads them: axes titled with scale and unit, series named for the legend, values
 * and tooltips in words, wave names in words; a chart from fewer than five people is not drawn and says why; and the
 * words beside the figures (their period, why two figures side by side differ).
 */
class DashboardChartsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode spec(DashboardCharts.Chart chart) {
        assertThat(chart.drawn()).isTrue();
        return JSON.readTree(chart.data());
    }

    private static Distribution distribution(long pairs, long... perBucket) {
        long people = 2 * pairs;
        String[] labels = {"none", "under 1", "1 to 2", "2 to 4", "4 or more"};
        List<Distribution.Bucket> buckets = new java.util.ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            buckets.add(new Distribution.Bucket(labels[i], null, null, Figure.of(perBucket[i], people)));
        }
        return new Distribution(
                Figure.of(0, people),
                Figure.of(0.5, people),
                Figure.of(1.2, people),
                Figure.of(2, people),
                Figure.of(6, people),
                Figure.of(1.9, people),
                buckets);
    }

    @Test
    void theHistogramHasTitledAxesALegendAndItsValuesInWords() {
        JsonNode spec = spec(DashboardCharts.sessionsPerMonth(distribution(7, 1, 2, 3, 0, 1)));

        assertThat(spec.get("type").asString()).isEqualTo("bar");
        assertThat(spec.get("x").get("title").asString()).isEqualTo("Sessions per pair per month");
        assertThat(spec.get("y").get("title").asString()).isEqualTo("Pairs (number)");
        assertThat(spec.get("y").get("whole").asBoolean()).isTrue();
        assertThat(spec.get("categories").toString())
                .isEqualTo("[\"none\",\"under 1\",\"1 to 2\",\"2 to 4\",\"4 or more\"]");
        JsonNode series = spec.get("series").get(0);
        assertThat(series.get("name").asString()).isEqualTo("Pairs");
        assertThat(series.get("values").toString()).isEqualTo("[1,2,3,0,1]");
        assertThat(series.get("tips").get(0).asString()).isEqualTo("1 pair");
        assertThat(series.get("tips").get(2).asString()).isEqualTo("3 pairs");
    }

    @Test
    void aChartFromFewerThanFivePeopleIsNotDrawnAndSaysWhy() {
        DashboardCharts.Chart chart = DashboardCharts.sessionsPerMonth(distribution(2, 0, 1, 1, 0, 0));

        assertThat(chart.drawn()).isFalse();
        assertThat(chart.withheld()).isEqualTo("Not drawn: fewer than 5 people, to protect their privacy.");
        SkillGrowth tooFew = new SkillGrowth(
                "TikTok", "MENTEE", 3, true, null, null, null, null, null, null, null, null, null, false, "");
        assertThat(SkillGrowthCharts.levels(List.of(tooFew)).withheld()).startsWith("Not drawn: fewer than 5");
        assertThat(SkillGrowthCharts.change(List.of(tooFew)).withheld()).startsWith("Not drawn: fewer than 5");
    }

    private static GroupResults group(RespondentGroup group, int n, Double index) {
        return new GroupResults(group, n, n < 5, 3.0, 3.0, n < 5 ? null : index, 3.0, 3.0, 10, Map.of());
    }

    private static WaveResults wave(String name, LocalDate opens, GroupResults... groups) {
        return new WaveResults(name, opens, opens.plusDays(14), WaveStatus.CLOSED, List.of(groups));
    }

    @Test
    void theCultureTrendNamesItsWavesInWordsAndLeavesAGapWhereAGroupWasTooSmall() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        List<WaveResults> waves = List.of(
                wave(
                        "BASELINE",
                        start,
                        group(RespondentGroup.PARTICIPANT, 12, 62.5),
                        group(RespondentGroup.COMPARISON, 8, 46.46)),
                wave(
                        "MONTH_6",
                        start.plusMonths(6),
                        group(RespondentGroup.PARTICIPANT, 11, 67.8),
                        group(RespondentGroup.COMPARISON, 3, null)),
                wave("Pulse check", start.plusMonths(9), group(RespondentGroup.PARTICIPANT, 10, 70.0)));

        DashboardCharts.Chart chart = DashboardCharts.culture(waves);
        JsonNode spec = spec(chart);

        assertThat(spec.get("categories").toString()).isEqualTo("[\"Baseline\",\"6 months\",\"Pulse check\"]");
        assertThat(spec.get("y").get("title").asString()).isEqualTo("Satisfaction index (%, 0–100)");
        assertThat(spec.get("y").get("min").asDouble()).isZero();
        assertThat(spec.get("y").get("max").asDouble()).isEqualTo(100);
        assertThat(spec.get("series").get(0).get("name").asString()).isEqualTo("Participants");
        assertThat(spec.get("series").get(1).get("name").asString()).isEqualTo("Comparison group");
        assertThat(spec.get("series").get(1).get("values").toString()).isEqualTo("[46.5,null,null]");
        assertThat(spec.get("series").get(0).get("tips").get(0).asString()).isEqualTo("Participants: 62.5 % (n = 12)");
        assertThat(chart.notes())
                .containsExactly("A wave without a point for a group: fewer than 5 people of that group answered it.");
        assertThat(CultureTable.of(waves).columns())
                .extracting(CultureTable.Column::waveName)
                .containsExactly("Baseline", "Baseline", "6 months", "6 months", "Pulse check");
    }

    private static SkillGrowth growth(String skill, double before, double after, double low, double high) {
        return new SkillGrowth(
                skill,
                "MENTEE",
                8,
                false,
                before,
                after,
                Math.round((after - before) * 100) / 100.0,
                low,
                high,
                0.01,
                0.02,
                1.0,
                "a large effect",
                low > 0,
                "");
    }

    @Test
    void skillGrowthShowsTheMeansBeforeAndAfterAndTheChangeWithItsInterval() {
        SkillGrowth tooFew = new SkillGrowth(
                "TikTok", "MENTEE", 3, true, null, null, null, null, null, null, null, null, null, false, "");
        List<SkillGrowth> growth = List.of(growth("AI assistants", 2.14, 3.43, 0.83, 1.74), tooFew);

        DashboardCharts.Chart levels = SkillGrowthCharts.levels(growth);
        JsonNode spec = spec(levels);
        assertThat(spec.get("horizontal").asBoolean()).isTrue();
        assertThat(spec.get("categories").toString()).isEqualTo("[\"AI assistants · Mentees\"]");
        assertThat(spec.get("x").get("title").asString()).isEqualTo("Average self-rating (1 = lowest, 5 = highest)");
        assertThat(spec.get("x").get("min").asDouble()).isEqualTo(1);
        assertThat(spec.get("x").get("max").asDouble()).isEqualTo(5);
        assertThat(spec.get("series").get(0).get("name").asString()).isEqualTo("Before (PRE)");
        assertThat(spec.get("series").get(1).get("tips").get(0).asString()).isEqualTo("After (POST): 3.43 (n = 8)");
        assertThat(levels.notes())
                .containsExactly(
                        "Skills that fewer than 5 people rated both before and after are left out of the" + " charts.");

        JsonNode change = spec(SkillGrowthCharts.change(growth));
        assertThat(change.get("x").get("title").asString())
                .isEqualTo("Change in average self-rating (points on the 1–5 scale)");
        assertThat(change.get("x").get("min").asDouble()).isLessThanOrEqualTo(0);
        assertThat(change.get("x").get("max").asDouble()).isGreaterThanOrEqualTo(1.74);
        JsonNode interval = change.get("series").get(0);
        assertThat(interval.get("kind").asString()).isEqualTo("range");
        assertThat(interval.get("values").toString()).isEqualTo("[[0.83,1.74]]");
        assertThat(interval.get("tips").get(0).asString()).isEqualTo("95% confidence interval: +0.83 to +1.74");
        JsonNode mean = change.get("series").get(1);
        assertThat(mean.get("labels").get(0).asString()).isEqualTo("+1.29");
        assertThat(mean.get("tips").get(0).asString()).isEqualTo("Average change: +1.29 points (n = 8)");
    }

    @Test
    void everyFigureSaysThePeriodItCovers() {
        LocalDate start = LocalDate.of(2026, 1, 12);
        LocalDate end = LocalDate.of(2026, 10, 30);

        assertThat(FigureContext.sinceStart(start, end, LocalDate.of(2026, 5, 3)))
                .isEqualTo("Since the start on 12 January 2026, until today, 3 May 2026.");
        assertThat(FigureContext.sinceStart(start, end, LocalDate.of(2026, 12, 1)))
                .isEqualTo("During the program, from 12 January 2026 to 30 October 2026.");
        assertThat(FigureContext.sinceStart(start, end, LocalDate.of(2025, 12, 1)))
                .isEqualTo("The program starts on 12 January 2026: nothing to count yet.");
    }

    private static ProgramImpact impact(Distribution perMonth, long activePairs) {
        Figure none = new Figure(null, 0, true);
        return new ProgramImpact(
                1,
                "Pilot",
                "RUNNING",
                LocalDate.of(2026, 1, 12),
                LocalDate.of(2026, 10, 30),
                SmallGroups.MINIMUM,
                new Participation(
                        Figure.count(8, 8),
                        Figure.count(8, 8),
                        Figure.of(75, 8),
                        Figure.count(activePairs, 2 * activePairs),
                        Figure.of(0, 8),
                        Figure.of(0, 16),
                        Figure.of(50, 2 * activePairs)),
                new Engagement(perMonth, none, none, none, none, none, none),
                List.of(),
                List.of(),
                new Retention(List.of()),
                null,
                null);
    }

    @Test
    void figuresThatLookInconsistentSideBySideSayWhy() {
        FigureContext about = FigureContext.of(impact(distribution(7, 1, 2, 3, 0, 1), 6), LocalDate.of(2026, 5, 3));

        assertThat(about.pairsNote())
                .isEqualTo("The chart counts the 7 pairs that were active at some point, including pairs since"
                        + " dissolved or closed; “Active pairs” under Participation counts the 6 pairs active today.");
        assertThat(about.meanNote())
                .isEqualTo("The mean (1.9) is above the median (1.2) because a few pairs meet much more often than"
                        + " most; the median is the typical pair.");
        assertThat(about.engagement()).isEqualTo("Since the start on 12 January 2026, until today, 3 May 2026.");
        assertThat(about.participation()).endsWith("“Active pairs” are the pairs active today.");

        FigureContext tooFew = FigureContext.of(impact(distribution(2, 0, 1, 1, 0, 0), 2), LocalDate.of(2026, 5, 3));
        assertThat(tooFew.pairsNote()).isNull();
        assertThat(tooFew.meanNote()).isNull();
    }
}
