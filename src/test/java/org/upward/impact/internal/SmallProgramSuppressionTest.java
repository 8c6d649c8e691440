package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * A program of four people has something in every table — sessions, feedback, check-ins, PRE and POST
 * ratings, a closed survey wave, retention — and every figure about them is suppressed: in the API, in
 * every CSV, on the page and in the board pack PDF.
 */
class SmallProgramSuppressionTest extends IntegrationTest {

    @Test
    void everyTableOfAFourPersonProgramIsSuppressed() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ActivePair program = ActivePair.twoPairs(mvc, today.minusMonths(3).toString(), 2);
        program.pairedOn(jdbc, today.minusMonths(3).toString());
        String[][] partners = {
            {program.mentor, program.mentee}, {program.outsider, program.secondMentee},
        };
        long[] pairs = {program.pairId, program.secondPairId};
        for (int i = 0; i < 2; i++) {
            long session = ActivePair.id(program.as(
                            partners[i][0],
                            post("/api/v1/pairs/" + pairs[i] + "/sessions")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"date\": \"" + today.minusDays(10)
                                            + "\", \"durationMinutes\": 60, \"format\": \"VIDEO\","
                                            + " \"skillsCovered\": []}"))
                    .andExpect(status().isCreated()));
            for (String partner : partners[i]) {
                program.as(
                                partner,
                                post("/api/v1/sessions/" + session + "/feedback")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"rating\": 5}"))
                        .andExpect(status().isCreated());
                program.as(
                                partner,
                                post("/api/v1/pairs/" + pairs[i] + "/check-ins")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"rating\": 4}"))
                        .andExpect(status().isCreated());
            }
        }
        for (String[] pair : partners) {
            for (String person : pair) {
                rateSelf(program.programId, person, "PRE", 1);
                rateSelf(program.programId, person, "POST", 4);
            }
        }
        long wave = jdbc.queryForObject(
                "insert into survey_wave (program_id, name, opens_on, closes_on, created_at, updated_at)"
                        + " values (?, 'BASELINE', ?, ?, now(), now()) returning id",
                Long.class,
                program.programId,
                today.minusDays(30),
                today.minusDays(1));
        for (int i = 0; i < 4; i++) {
            jdbc.update(
                    "insert into survey_response (respondent_key, wave_id, respondent_group, collaboration,"
                            + " satisfaction, intergenerational_communication, recommend)"
                            + " values (gen_random_uuid(), ?, 'PARTICIPANT', 4, 4, 4, 9)",
                    wave);
        }

        String base = "/api/v1/programs/" + program.programId + "/impact";
        String json = body(base);
        // shown from fewer than five: only the headcounts (the group sizes themselves)
        List<Map<String, Object>> shown = JsonPath.read(json, "$..[?(@.suppressed == false)]");
        assertThat(shown.stream()
                        .filter(figure -> ((Number) figure.get("n")).intValue() < 5)
                        .toList())
                .containsExactlyInAnyOrder(figure(2.0, 2), figure(2.0, 2), figure(2.0, 4));
        // the rest of the company, everyone else, is a large group
        assertThat(JsonPath.<Integer>read(json, "$.retention.periods[0].others.people"))
                .isGreaterThanOrEqualTo(5);
        List<Object> suppressedValues = JsonPath.read(json, "$..[?(@.suppressed == true)].value");
        assertThat(suppressedValues).isNotEmpty().containsOnlyNulls();

        for (ImpactTable table : ImpactTable.values()) {
            String csv = body(base + "/" + table.slug() + ".csv");
            List<String> lines = csv.lines().toList();
            assertThat(lines.get(0)).isEqualTo(String.join(",", table.header()));
            int suppressedColumn = table.header().indexOf("suppressed");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                assertThat(cells)
                        .as(table.slug() + ": " + line)
                        .hasSize(table.header().size());
                if (suppressedColumn >= 0 && cells[suppressedColumn].equals("false")) {
                    assertThat(cells[0])
                            .as(table.slug() + ": " + line)
                            .isIn("enrolled_mentors", "enrolled_mentees", "active_pairs");
                }
            }
        }

        String page = mvc.perform(get("/impact/programs/" + program.programId).cookie(logIn(EXECUTIVE)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("too few mentees answered before and after").contains("n &lt; 5");
        // the charts of too few people are not drawn: their data never reach the page, which says why
        assertThat(page)
                .contains("Not drawn: fewer than 5 people, to protect their privacy.")
                .doesNotContain("data-impact-chart=");

        // the board pack: the results section as a PDF, the two sessions and two hours nowhere in it
        byte[] pdf = mvc.perform(get("/api/v1/programs/" + program.programId + "/results.pdf")
                        .with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Fewer than 5 people so far: not shown.")
                    .doesNotContainPattern("\\d+ sessions?")
                    .doesNotContainPattern("\\d+ hours?")
                    .doesNotContain("we can be 95% sure");
        }
    }

    private static Map<String, Object> figure(double value, int n) {
        return Map.of("value", value, "n", n, "suppressed", false);
    }

    private void rateSelf(long programId, String email, String phase, int level) {
        jdbc.update(
                "insert into assessment_rating (program_id, phase, rater_id, subject_id, skill_id, level, answered_on,"
                        + " created_at, updated_at)"
                        + " select ?, ?, p.id, p.id, s.id, ?, current_date, now(), now()"
                        + " from person p, skill s where p.email = ? and s.name = 'AI assistants'",
                programId,
                phase,
                level,
                email);
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
