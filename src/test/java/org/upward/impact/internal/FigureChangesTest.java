package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.program.ProgramService;
import org.upward.support.IntegrationTest;

/**
 * A program's figures are computed once per change of what they read, and never shown older than the data: every
 * write to a source table moves that source's count of changes (V48), whatever path it comes by, and only that
 * source's; folding the log keeps every count.
 */
class FigureChangesTest extends IntegrationTest {

    private static final String[] SOURCES = {
        FigureStamp.ACTIVITY,
        FigureStamp.PAIRS,
        FigureStamp.RATINGS,
        FigureStamp.SURVEYS,
        FigureStamp.OUTCOMES,
        FigureStamp.WRAP_UPS,
        FigureStamp.COMPANY
    };

    @Autowired
    ImpactReportService reports;

    @Autowired
    ProgramFigures figures;

    @Autowired
    FigureChangeFolding folding;

    @Autowired
    ProgramService programs;

    private FigureStamp stamp(long programId) {
        return figures.stamp(programs.get(programId));
    }

    /** The sources whose count of changes differs between the two stamps. */
    private static List<String> changed(FigureStamp before, FigureStamp after) {
        return List.of(SOURCES).stream()
                .filter(source -> !before.key("", source).equals(after.key("", source)))
                .toList();
    }

    @Test
    void aLoggedSessionIsOnTheDashboardAtOnceAndRecomputesOnlyTheEngagement() throws Exception {
        Map<String, Object> pair = jdbc.queryForMap(
                "select p.id, p.program_id from mentoring_pair p join person m on m.id = p.mentor_id"
                        + " where m.email = ? and p.status = 'ACTIVE' order by p.id limit 1",
                MENTOR);
        long programId = (Long) pair.get("program_id");
        ProgramImpact before = reports.dashboard(programId).impact();
        FigureStamp stampBefore = stamp(programId);
        SelfRatings ratings = figures.selfRatings(stampBefore);
        ActivityQuery.Activity activity = figures.activity(stampBefore);
        assertThat(figures.activity(stamp(programId))).isSameAs(activity);

        mvc.perform(post("/api/v1/pairs/" + pair.get("id") + "/sessions")
                        .with(httpBasic(MENTOR, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2026-11-02\", \"durationMinutes\": 60, \"format\": \"VIDEO\","
                                + " \"skillsCovered\": []}"))
                .andExpect(status().isCreated());

        ProgramImpact after = reports.dashboard(programId).impact();
        assertThat(after.engagement().sessions().value())
                .isEqualTo(before.engagement().sessions().value() + 1);
        assertThat(after.engagement().hours().value())
                .isEqualTo(before.engagement().hours().value() + 1);
        FigureStamp stampAfter = stamp(programId);
        assertThat(changed(stampBefore, stampAfter)).containsExactly(FigureStamp.ACTIVITY);
        assertThat(figures.selfRatings(stampAfter)).isSameAs(ratings);
        assertThat(figures.activity(stampAfter)).isNotSameAs(activity);
    }

    @Test
    void everySourceTableMovesItsOwnSourceWhateverWritesIt() {
        Map<String, String> tables = new java.util.LinkedHashMap<>();
        tables.put("mentoring_pair", FigureStamp.PAIRS);
        tables.put("enrollment", FigureStamp.PAIRS);
        tables.put("pair_agreement", FigureStamp.PAIRS);
        tables.put("pair_activity", FigureStamp.ACTIVITY);
        tables.put("assessment_rating", FigureStamp.RATINGS);
        tables.put("assessment_window", FigureStamp.RATINGS);
        tables.put("survey_wave", FigureStamp.SURVEYS);
        tables.put("survey_item", FigureStamp.SURVEYS);
        tables.put("survey_response", FigureStamp.SURVEYS);
        tables.put("survey_participation", FigureStamp.SURVEYS);
        tables.put("business_outcome", FigureStamp.OUTCOMES);
        tables.put("wrap_up", FigureStamp.WRAP_UPS);
        tables.put("wrap_up_goal", FigureStamp.WRAP_UPS);
        tables.put("person", FigureStamp.COMPANY);
        tables.put("skill", FigureStamp.COMPANY);
        long program = jdbc.queryForObject("select min(id) from program", Long.class);
        FigureStamp beforeOutcome = stamp(program);
        jdbc.update(
                "insert into business_outcome (program_id, type, description, value, occurred_on, recorded_by,"
                        + " created_at) values (?, 'NEW_IDEA', 'An idea', 100, current_date, 'test', now())",
                program);
        assertThat(changed(beforeOutcome, stamp(program))).containsExactly(FigureStamp.OUTCOMES);
        tables.forEach((table, source) -> {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select t.ctid::text as row, " + programOf(table) + " as program from " + table + " t"
                            + (table.equals("person") || table.equals("skill")
                                    ? ""
                                    : " where " + programOf(table) + " is not null")
                            + " limit 1");
            assertThat(rows).as("a row of " + table + " in the demo").hasSize(1);
            Map<String, Object> row = rows.get(0);
            long programId = (Long) row.get("program");
            String column = jdbc.queryForObject(
                    "select column_name from information_schema.columns where table_name = ? and is_identity = 'NO'"
                            + " and is_generated = 'NEVER' order by ordinal_position limit 1",
                    String.class,
                    table);
            FigureStamp before = stamp(programId);

            jdbc.update("update " + table + " set " + column + " = " + column + " where ctid = ?::tid", row.get("row"));

            assertThat(changed(before, stamp(programId))).as(table).containsExactly(source);
        });
    }

    /** The program a row of the table belongs to (any program for the company-wide tables). */
    private static String programOf(String table) {
        return switch (table) {
            case "person", "skill" -> "(select min(id) from program)";
            case "pair_agreement", "pair_activity" -> "(select program_id from mentoring_pair where id = t.pair_id)";
            case "wrap_up_goal" -> "(select program_id from wrap_up where id = t.wrap_up_id)";
            case "survey_response", "survey_participation" ->
                "(select program_id from survey_wave where id = t.wave_id)";
            default -> "t.program_id";
        };
    }

    @Test
    void foldingTheLogKeepsEveryCount() {
        long programId = jdbc.queryForObject("select min(program_id) from mentoring_pair", Long.class);
        jdbc.update("update mentoring_pair set version = version where program_id = ?", programId);
        FigureStamp before = stamp(programId);

        folding.fold();

        assertThat(jdbc.queryForObject("select count(*) from figure_change", Long.class))
                .isZero();
        assertThat(stamp(programId).keyOfAll("all")).isEqualTo(before.keyOfAll("all"));
    }
}
