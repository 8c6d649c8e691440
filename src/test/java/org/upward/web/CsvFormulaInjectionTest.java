package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.support.IntegrationTest;

/**
 * Every CSV export (people through the API and the admin page, each impact table through the API and the
 * dashboard) writes text that starts with = + - @, a tab or a carriage return with a leading apostrophe, so
 * a spreadsheet shows it instead of running it; numbers stay numbers, and an exported people file imports
 * back unchanged. The anonymised survey export: SurveyCsvFormulaTest.
 */
class CsvFormulaInjectionTest extends IntegrationTest {

    private static final List<String> RISKY = List.of(
            "=HYPERLINK(\"http://evil.example\",\"open\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1:A9)",
            "\t=1+1",
            "\r=1+1");

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String json(String value) {
        return "\""
                + value.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\t", "\\t")
                        .replace("\r", "\\r") + "\"";
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    private static String stored(int i, String suffix) {
        return (RISKY.get(i) + suffix).strip();
    }

    private String email(int i) {
        return "formula-" + i + "-" + run + "@example.com";
    }

    @Test
    void peopleExportsNeutraliseFormulasAndImportBackUnchanged() throws Exception {
        StringBuilder people = new StringBuilder("email,name,department,job_title,job_level\n");
        for (int i = 0; i < RISKY.size(); i++) {
            String risky = RISKY.get(i);
            people.append(email(i))
                    .append(',')
                    .append(csv(risky + " name"))
                    .append(',')
                    .append(csv(risky + " dept"))
                    .append(',')
                    .append(csv(risky + " title"))
                    .append(",3\n");
        }
        mvc.perform(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content(people.toString())
                        .with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk());
        for (int i = 0; i < RISKY.size(); i++) {
            // the import trims cells: a leading tab or carriage return goes, the formula stays
            assertThat(jdbc.queryForMap("select name, department, job_title from person where email = ?", email(i)))
                    .as("stored as imported")
                    .containsEntry("name", stored(i, " name"))
                    .containsEntry("department", stored(i, " dept"))
                    .containsEntry("job_title", stored(i, " title"));
        }

        Cookie admin = logIn(ADMIN);
        String fromApi = body(get("/api/v1/people/export").with(httpBasic(ADMIN, DEMO_PASSWORD)));
        String fromPage = body(get("/admin/people/export").cookie(admin));
        for (String export : List.of(fromApi, fromPage)) {
            Map<String, CSVRecord> byEmail = new HashMap<>();
            records(export).forEach(r -> byEmail.put(r.get("email"), r));
            for (int i = 0; i < RISKY.size(); i++) {
                CSVRecord row = byEmail.get(email(i));
                assertThat(row).as(email(i)).isNotNull();
                assertThat(row.get("name")).isEqualTo("'" + stored(i, " name"));
                assertThat(row.get("department")).isEqualTo("'" + stored(i, " dept"));
                assertThat(row.get("job_title")).isEqualTo("'" + stored(i, " title"));
                assertThat(row.get("job_level")).isEqualTo("3");
            }
            assertThat(byEmail.get(ADMIN).get("name"))
                    .as("harmless text is left alone")
                    .doesNotStartWith("'");
        }

        String onlyOurs = fromApi.lines().findFirst().orElseThrow() + "\r\n"
                + fromApi.lines().filter(line -> line.contains(run)).reduce("", (a, b) -> a + b + "\r\n");
        mvc.perform(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content(onlyOurs)
                        .with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk());
        for (int i = 0; i < RISKY.size(); i++) {
            assertThat(jdbc.queryForObject("select name from person where email = ?", String.class, email(i)))
                    .as("the export imports back unchanged")
                    .isEqualTo(stored(i, " name"));
        }
    }

    /** Renames a skill through the API, keeping its category and state. */
    private void renameSkill(long id, String name) throws Exception {
        Map<String, Object> skill = jdbc.queryForMap("select category, retired, version from skill where id = ?", id);
        mvc.perform(put("/api/v1/skills/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": " + json(name) + ", \"category\": \"" + skill.get("category")
                                + "\", \"retired\": " + skill.get("retired") + ", \"version\": "
                                + skill.get("version") + "}")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void impactTablesNeutraliseTextButKeepNumbers() throws Exception {
        Cookie executive = logIn(EXECUTIVE);
        long pilot =
                jdbc.queryForObject("select id from program where name = 'Reverse mentoring pilot 2026'", Long.class);
        String growth = "/impact/programs/" + pilot + "/skill-growth.csv";
        String original = records(body(get(growth).cookie(executive))).get(0).get(0);
        long skillId = jdbc.queryForObject("select id from skill where name = ?", Long.class, original);
        String risky = "=HYPERLINK(\"http://evil.example\") " + run;
        renameSkill(skillId, risky);
        try {
            String fromApi = body(get("/api/v1/programs/" + pilot + "/impact/skill-growth.csv")
                    .with(httpBasic(EXECUTIVE, DEMO_PASSWORD)));
            String fromPage = body(get(growth).cookie(executive));
            for (String export : List.of(fromApi, fromPage)) {
                assertThat(records(export))
                        .extracting(row -> row.get(0))
                        .contains("'" + risky)
                        .doesNotContain(risky);
            }
        } finally {
            renameSkill(skillId, original);
        }

        // every table of the demo's completed program: no cell a spreadsheet would run, numbers untouched
        boolean sawNegativeNumber = false;
        for (String table : List.of(
                "participation",
                "engagement",
                "sessions-per-month",
                "skill-growth",
                "culture",
                "retention",
                "outcomes",
                "match-quality")) {
            for (CSVRecord row : records(
                    body(get("/impact/programs/" + pilot + "/" + table + ".csv").cookie(executive)))) {
                for (String cell : row) {
                    if (cell.matches("-\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
                        sawNegativeNumber = true;
                        continue;
                    }
                    assertThat(cell)
                            .as(table)
                            .doesNotStartWith("=")
                            .doesNotStartWith("+")
                            .doesNotStartWith("-")
                            .doesNotStartWith("@")
                            .doesNotStartWith("\t")
                            .doesNotStartWith("\r");
                }
            }
        }
        assertThat(sawNegativeNumber).as("negative figures stay numbers").isTrue();
    }
}
