package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * A JSON body Jackson cannot read (an unknown enum value, an impossible date, a wrong type, a missing
 * required field, broken JSON) answers 400 naming the field by its JSON path and saying what it takes,
 * without ever repeating the rejected value.
 */
class JsonBodyProblemsTest extends IntegrationTest {

    private static final String PROGRAM =
            """
            {"name": "Json problems", "startDate": "2027-01-11", "endDate": "2027-12-17",
             "sponsorEmail": "exec@demo.upward.app", "checkInCadenceWeeks": 3, "cost": %s,
             "objectives": [{"statement": "Executives use AI assistants weekly", "focusSkills": %s}],
             "matching": {"skillGapWeight": 0.6, "sharedInterestWeight": 0.25, "workStyleWeight": 0.15,
                          "minScore": 20, "excludeSameDepartment": false, "objective": %s, "mode": "ADMIN_LED"}}""";

    @Test
    void aSessionWithAnUnknownFormatOrAnImpossibleDateNamesTheFieldAndWhatItTakes() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        String sessions = "/api/v1/pairs/" + pair.pairId + "/sessions";

        MockHttpServletResponse format = admin(post(sessions), session("\"2025-02-03\"", "45", "\"TELEPATHY\""));
        assertProblem(format, "format", "must be one of IN_PERSON, VIDEO, LUNCH_AND_LEARN", "TELEPATHY");

        assertProblem(
                admin(post(sessions), session("\"2026-02-30\"", "45", "\"VIDEO\"")),
                "date",
                "must be a date like 2026-03-01",
                "2026-02-30");
        assertProblem(
                admin(post(sessions), session("\"not-a-date\"", "45", "\"VIDEO\"")),
                "date",
                "must be a date like 2026-03-01",
                "not-a-date");
        assertProblem(
                admin(post(sessions), session("\"2025-02-03\"", "\"forty\"", "\"VIDEO\"")),
                "durationMinutes",
                "must be a whole number",
                "forty");
        assertProblem(
                admin(
                        post(sessions),
                        session("\"2025-02-03\"", "45", "\"VIDEO\"").replace("[\"x\"]", "{\"a\": 1}")),
                "skillsCovered",
                "must be a list",
                null);
        assertProblem(admin(post(sessions), "{\"date\": \"2025-02-03\", "), "body", "is not valid JSON", null);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentoring_session where pair_id = ?", Long.class, pair.pairId))
                .as("nothing stored")
                .isZero();
    }

    @Test
    void aNestedFieldIsNamedByItsPath() throws Exception {
        assertProblem(
                admin(post("/api/v1/programs"), PROGRAM.formatted("25000", "\"AI assistants\"", "\"TOTAL_SCORE\"")),
                "objectives[0].focusSkills",
                "must be a list",
                null);
        assertProblem(
                admin(post("/api/v1/programs"), PROGRAM.formatted("25000", "[\"AI assistants\"]", "\"BEST\"")),
                "matching.objective",
                "must be one of TOTAL_SCORE, MOST_MATCHED, FAIREST",
                "BEST");
        assertProblem(
                admin(post("/api/v1/programs"), PROGRAM.formatted("\"lots\"", "[\"AI assistants\"]", "\"FAIREST\"")),
                "cost",
                "must be a number",
                "lots");
    }

    @Test
    void aMissingRequiredFlagIsNamed() throws Exception {
        long programId = ((Number) JsonPath.read(
                        admin(post("/api/v1/programs"), PROGRAM.formatted("1", "[\"AI assistants\"]", "\"FAIREST\""))
                                .getContentAsString(),
                        "$.id"))
                .longValue();
        String runs = "/api/v1/programs/" + programId + "/pairing-runs";
        assertProblem(admin(post(runs), "{\"preview\": \"maybe\"}"), "preview", "must be true or false", "maybe");
        assertProblem(admin(post(runs), "{}"), "preview", "is required", null);
    }

    @Test
    void aRejectedPasswordIsNeverRepeated() throws Exception {
        MockHttpServletResponse invitation = mvc.perform(post("/api/v1/invitations/inv_unknown")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": [\"hunter2-secret-value\"]}"))
                .andReturn()
                .getResponse();
        assertProblem(invitation, "password", "must be text", "hunter2-secret-value");
        MockHttpServletResponse mine = mvc.perform(put("/api/v1/me/password")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": {\"old\": \"old-secret-value\"}, \"newPassword\": 7}"))
                .andReturn()
                .getResponse();
        assertThat(mine.getStatus()).isEqualTo(400);
        assertThat(mine.getContentAsString()).doesNotContain("old-secret-value");
    }

    private static String session(String date, String minutes, String format) {
        return "{\"date\": %s, \"durationMinutes\": %s, \"format\": %s, \"skillsCovered\": [\"x\"], \"notes\": \"n\"}"
                .formatted(date, minutes, format);
    }

    private MockHttpServletResponse admin(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    private static void assertProblem(MockHttpServletResponse answer, String field, String message, String hidden)
            throws Exception {
        String body = answer.getContentAsString();
        assertThat(answer.getStatus()).as(body).isEqualTo(400);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(body, "$.errors[0].field")).as(body).isEqualTo(field);
        assertThat((String) JsonPath.read(body, "$.errors[0].message")).as(body).isEqualTo(message);
        assertThat(body).doesNotContain("Failed to read request");
        if (hidden != null) {
            assertThat(body).as("the rejected value is not echoed").doesNotContain(hidden);
        }
    }
}
