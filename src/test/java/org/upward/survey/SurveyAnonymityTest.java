package org.upward.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/**
 * No endpoint, page or export gives one named person's answers: each comment carries a unique marker,
 * and every path is searched for it next to a name or an email; the tables themselves hold no link.
 */
class SurveyAnonymityTest extends IntegrationTest {

    private static String marker(SurveyFixture f, int i) {
        return "MARKER" + i + "x" + f.run;
    }

    private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void noPathShowsANamedPersonsAnswers() throws Exception {
        SurveyFixture f = SurveyFixture.create(mvc);
        List<String> answered = f.participants.subList(0, 5);
        for (int i = 0; i < answered.size(); i++) {
            String comment = (i == 0 ? "=HYPERLINK(1) " : "") + marker(f, i);
            f.answer(answered.get(i), "BASELINE", SurveyFixture.answers(1 + i, 5 + i, comment));
        }
        f.answer(f.comparison.get(0), "BASELINE", SurveyFixture.answers(2, 3, marker(f, 9)));
        List<String> markers = new ArrayList<>();
        for (int i : new int[] {0, 1, 2, 3, 4, 9}) {
            markers.add(marker(f, i));
        }

        // while the wave is open: lists, results and export say nothing of the answers
        String base = "/api/v1/programs/" + f.programId;
        List<String> openBodies = List.of(
                body(f.admin(get(base + "/survey-waves"))),
                body(f.admin(get(base + "/surveys/results"))),
                body(f.admin(get(base + "/surveys/responses.csv"))));
        openBodies.forEach(b -> assertThat(b).doesNotContain("MARKER"));

        f.close();
        String csv = body(f.admin(get(base + "/surveys/responses.csv")));
        assertThat(csv).contains(markers.subList(0, 5)).doesNotContain(marker(f, 9));
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0])
                .isEqualTo("wave,respondent_key,group,side,collaboration,satisfaction,"
                        + "intergenerational_communication,recommend,comments");
        for (String line : lines) {
            for (String person : f.everyone()) {
                assertThat(line).doesNotContain(person).doesNotContain(SurveyFixture.name(person));
            }
            assertThat(line).doesNotContain("MENTOR").doesNotContain("MENTEE");
        }
        assertThat(csv).contains("'=HYPERLINK(1) " + marker(f, 0));

        String results = body(f.admin(get(base + "/surveys/results")));
        assertThat(results)
                .contains("\"group\":\"PARTICIPANT\",\"n\":5,\"suppressed\":false")
                .contains("\"group\":\"COMPARISON\",\"n\":1,\"suppressed\":true,\"collaboration\":null")
                .doesNotContain("MARKER");
        Cookie admin = logIn(ADMIN);
        List<String> pages = new ArrayList<>(List.of(
                body(f.admin(get(base + "/survey-waves"))),
                body(f.admin(get(base + "/survey-items"))),
                body(mvc.perform(
                        get("/admin/programs/" + f.programId + "/surveys").cookie(admin)))));
        for (String person : answered) {
            Cookie session = logIn(person, SurveyFixture.PASSWORD);
            pages.add(body(
                    mvc.perform(get("/surveys/" + f.programId + "/BASELINE").cookie(session))));
            pages.add(body(mvc.perform(get("/participant").cookie(session))));
            pages.add(body(f.as(person, get("/api/v1/surveys/open"))));
        }
        pages.forEach(page -> assertThat(page).doesNotContain("MARKER"));
    }

    @Test
    void theResponseTableHoldsNoPersonNoTimeAndNoLinkToWhoAnswered() {
        List<String> columns = jdbc.queryForList(
                "select column_name || ':' || data_type from information_schema.columns"
                        + " where table_name = 'survey_response'",
                String.class);
        assertThat(columns)
                .isNotEmpty()
                .noneMatch(c -> c.contains("person") || c.contains("email") || c.contains("name"))
                .noneMatch(c -> c.contains("timestamp") || c.contains("date") || c.contains("time"))
                .noneMatch(c -> c.startsWith("id:"));
        List<String> references = jdbc.queryForList(
                "select ccu.table_name from information_schema.table_constraints tc"
                        + " join information_schema.constraint_column_usage ccu"
                        + " on ccu.constraint_name = tc.constraint_name"
                        + " where tc.table_name = 'survey_response' and tc.constraint_type = 'FOREIGN KEY'",
                String.class);
        assertThat(references).containsOnly("survey_wave");
        List<String> participation = jdbc.queryForList(
                "select column_name from information_schema.columns where table_name = 'survey_participation'",
                String.class);
        assertThat(participation).containsExactlyInAnyOrder("wave_id", "person_id", "respondent_group", "responded_on");
    }
}
