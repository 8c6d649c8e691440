package org.upward.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;

/** Business outcomes: only admins record them, every rule names its field, nothing half-stored. */
class BusinessOutcomeTest extends IntegrationTest {

    private long pilot;
    private long pilotPair;
    private long otherProgramsPair;
    private long rejectedPilotPair;

    @BeforeEach
    void findDemoPilot() {
        pilot = jdbc.queryForObject(
                "select id from program where status = 'COMPLETED' order by id limit 1", Long.class);
        pilotPair = jdbc.queryForObject(
                "select id from mentoring_pair where program_id = ? and status = 'ACTIVE' order by id limit 1",
                Long.class,
                pilot);
        long other = jdbc.queryForObject("select id from program where id <> ? order by id limit 1", Long.class, pilot);
        otherProgramsPair = pairInserted(other, "DISSOLVED");
        rejectedPilotPair = pairInserted(pilot, "REJECTED");
    }

    /** A pair that is not live, so it breaks no rule of the demo's pairs. */
    private long pairInserted(long programId, String status) {
        return jdbc.queryForObject(
                """
                insert into mentoring_pair (program_id, mentor_id, mentee_id, score, breakdown, explanation, status,
                                            created_at, updated_at)
                select ?, a.id, b.id, 50, '{}', 'fixture', ?, now(), now()
                from (select id from person order by id limit 1) a, (select id from person order by id desc limit 1) b
                returning id
                """,
                Long.class,
                programId,
                status);
    }

    private ResultActions postAs(String email, long programId, String body) throws Exception {
        return mvc.perform(post("/api/v1/programs/" + programId + "/outcomes")
                .with(httpBasic(email, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String body(String type, String description, String value, String date, Long pairId) {
        return "{\"type\": " + (type == null ? "null" : "\"" + type + "\"") + ", \"description\": \"" + description
                + "\", \"value\": " + value + ", \"date\": \"" + date + "\""
                + (pairId == null ? "" : ", \"pairId\": " + pairId) + "}";
    }

    private int stored(String description) {
        return jdbc.queryForObject(
                "select count(*) from business_outcome where description = ?", Integer.class, description);
    }

    @Test
    void anAdminRecordsAnOutcomeFromAPairAndListsAndRemovesIt() throws Exception {
        String description = "Chatbot for expense claims " + UUID.randomUUID();
        ResultActions created = postAs(
                        ADMIN, pilot, body("INITIATIVE_LAUNCHED", description, "12500.50", "2026-03-02", pilotPair))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("INITIATIVE_LAUNCHED"))
                .andExpect(jsonPath("$.value").value(12500.50))
                .andExpect(jsonPath("$.pairId").value(pilotPair))
                .andExpect(jsonPath("$.recordedBy").value(ADMIN));
        long id = ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();

        mvc.perform(get("/api/v1/programs/" + pilot + "/outcomes").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].description").value(description));
        mvc.perform(delete("/api/v1/programs/" + pilot + "/outcomes/" + id).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(stored(description)).isZero();
        mvc.perform(delete("/api/v1/programs/" + pilot + "/outcomes/" + id).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void badValuesAreRefusedWithTheFieldNamedAndNothingStored() throws Exception {
        String description = "Refused " + UUID.randomUUID();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        postAs(ADMIN, pilot, body(null, description, "-5", "2026-03-02", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("type", "value")));
        postAs(ADMIN, pilot, body("NEW_IDEA", description, "10", tomorrow, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be in the future"));
        postAs(ADMIN, pilot, body("NEW_IDEA", description, "10", "1990-01-01", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(
                        jsonPath("$.errors[0].message", Matchers.startsWith("must not be before the program started")));
        postAs(ADMIN, pilot, body("NEW_IDEA", description, "10", "2026-03-02", otherProgramsPair))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("pairId"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("pair " + otherProgramsPair + " is not in this program"));
        postAs(ADMIN, pilot, body("NEW_IDEA", description, "10", "2026-03-02", rejectedPilotPair))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("was never approved")));
        postAs(ADMIN, pilot, body("NEW_IDEA", description, "10", "2026-03-02", 999_999_999L))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("pairId"));
        postAs(ADMIN, pilot, body("NEW_IDEA", "", "10", "2026-03-02", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        postAs(ADMIN, 999_999_999L, body("NEW_IDEA", description, "10", "2026-03-02", null))
                .andExpect(status().isNotFound());
        assertThat(stored(description)).isZero();
    }

    @Test
    void onlyAdminsReachOutcomes() throws Exception {
        String description = "Not allowed " + UUID.randomUUID();
        for (String who : new String[] {EXECUTIVE, MENTOR, MENTEE}) {
            postAs(who, pilot, body("NEW_IDEA", description, "10", "2026-03-02", null))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/programs/" + pilot + "/outcomes").with(httpBasic(who, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/programs/" + pilot + "/outcomes").cookie(logIn(who)))
                    .andExpect(status().isForbidden());
        }
        assertThat(stored(description)).isZero();
    }

    @Test
    void theAdminPageRecordsAnOutcomeAndShowsFieldErrors() throws Exception {
        Cookie admin = logIn(ADMIN);
        String description = "Idea from a mentee: a reverse hackathon " + UUID.randomUUID();
        mvc.perform(post("/admin/programs/" + pilot + "/outcomes")
                        .cookie(admin)
                        .with(csrf())
                        .param("type", "NEW_IDEA")
                        .param("description", description)
                        .param("value", "-1")
                        .param("date", "2026-03-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("must not be negative")));
        assertThat(stored(description)).isZero();

        mvc.perform(post("/admin/programs/" + pilot + "/outcomes")
                        .cookie(admin)
                        .with(csrf())
                        .param("type", "NEW_IDEA")
                        .param("description", description)
                        .param("value", "0")
                        .param("date", "2026-03-02")
                        .param("pairId", String.valueOf(pilotPair)))
                .andExpect(redirectedUrl("/admin/programs/" + pilot + "/outcomes"));
        assertThat(stored(description)).isOne();
        mvc.perform(get("/admin/programs/" + pilot + "/outcomes").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(description)));
        mvc.perform(post("/admin/programs/" + pilot + "/outcomes")
                        .cookie(admin)
                        .param("type", "NEW_IDEA")
                        .param("description", description + " again")
                        .param("value", "0")
                        .param("date", "2026-03-02"))
                .andExpect(status().isForbidden());
    }
}
