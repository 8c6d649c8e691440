package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;

/** The session log of API.md on PostgreSQL: who may read and write it, validation and stale edits. */
class SessionApiTest extends IntegrationTest {

    private ActivePair pair;

    @BeforeEach
    void activePair() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        pair.pairedOn(jdbc, "2025-01-06");
    }

    private static String session(String date, int minutes, String skills) {
        return "{\"date\": \"" + date + "\", \"durationMinutes\": " + minutes + ", \"format\": \"VIDEO\","
                + " \"skillsCovered\": [" + skills
                + "], \"notes\": \"Tried prompts\", \"actionItems\": \"Try at work\"}";
    }

    private ResultActions log(String who, String body) throws Exception {
        return pair.as(
                who,
                post("/api/v1/pairs/" + pair.pairId + "/sessions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body));
    }

    @Test
    void eitherPartnerLogsASessionAndBothSeeAndEditTheSharedLog() throws Exception {
        long id = ActivePair.id(log(pair.mentor, session("2025-02-03", 45, "\"ai assistants\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.loggedBy").value(pair.mentor))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.format").value("VIDEO"))
                .andExpect(jsonPath("$.skillsCovered[0]").value("AI assistants"))
                .andExpect(jsonPath("$.feedback").isEmpty()));
        pair.as(pair.mentee, get("/api/v1/pairs/" + pair.pairId + "/sessions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].notes").value("Tried prompts"));
        String edit = "{\"date\": \"2025-02-04\", \"durationMinutes\": 60, \"format\": \"IN_PERSON\","
                + " \"skillsCovered\": [\"TikTok\"], \"notes\": \"Also TikTok\", \"actionItems\": \"\", \"version\": 0}";
        pair.as(
                        pair.mentee,
                        put("/api/v1/sessions/" + id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.durationMinutes").value(60))
                .andExpect(jsonPath("$.notes").value("Also TikTok"))
                .andExpect(jsonPath("$.loggedBy").value(pair.mentor));
        pair.as(
                        pair.mentor,
                        put("/api/v1/sessions/" + id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(edit))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Changed by someone else"));
        pair.admin(get("/api/v1/sessions/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.durationMinutes").value(60));
    }

    @Test
    void anInvalidSessionIsRefusedWithEachFieldNamed() throws Exception {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        log(pair.mentor, session(tomorrow, 45, "\"Golf\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("date", "skillsCovered")))
                .andExpect(jsonPath("$.errors[?(@.field == 'skillsCovered')].message")
                        .value(Matchers.hasItem(Matchers.containsString("Golf"))));
        log(pair.mentor, session("2025-02-03", 3, ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("durationMinutes"));
        log(pair.mentor, session("2025-02-03", 481, ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("durationMinutes"));
        log(pair.mentor, "{\"durationMinutes\": 30}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("date", "format")));
        pair.as(pair.mentor, get("/api/v1/pairs/" + pair.pairId + "/sessions"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void onlyThePartnersAndAdminsReadOrWriteAPairsSessions() throws Exception {
        long id = ActivePair.id(log(pair.mentee, session("2025-02-03", 30, "")).andExpect(status().isCreated()));
        String sessions = "/api/v1/pairs/" + pair.pairId + "/sessions";
        pair.as(pair.outsider, get(sessions)).andExpect(status().isForbidden());
        log(pair.outsider, session("2025-02-03", 30, "")).andExpect(status().isForbidden());
        pair.as(pair.outsider, get("/api/v1/sessions/" + id)).andExpect(status().isForbidden());
        pair.as(
                        pair.outsider,
                        post("/api/v1/sessions/" + id + "/feedback")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"rating\": 5}"))
                .andExpect(status().isForbidden());
        pair.as(
                        pair.outsider,
                        post("/api/v1/pairs/" + pair.pairId + "/check-ins")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"rating\": 5}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(sessions).with(httpBasic(EXECUTIVE, DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sessions/" + id).with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get(sessions)).andExpect(status().isUnauthorized());
        pair.admin(post(sessions).contentType(MediaType.APPLICATION_JSON).content(session("2025-02-10", 60, "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.loggedBy").value(ADMIN));
        pair.admin(post("/api/v1/sessions/" + id + "/feedback")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\": 5}"))
                .andExpect(status().isForbidden());
        pair.admin(get("/api/v1/pairs/999999999/sessions")).andExpect(status().isNotFound());
        pair.admin(get("/api/v1/sessions/999999999")).andExpect(status().isNotFound());
        pair.as(pair.mentor, get("/api/v1/sessions/999999999/feedback/mine")).andExpect(status().isNotFound());
    }

    @Test
    void noSessionIsLoggedForAPairThatIsNotActive() throws Exception {
        ActivePair other = ActivePair.create(mvc, "2025-01-06", 2);
        other.admin(post("/api/v1/pairs/" + other.pairId + "/swap")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Moved away\"}"))
                .andExpect(status().isOk());
        other.as(
                        other.mentor,
                        post("/api/v1/pairs/" + other.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(session("2025-02-03", 30, "")))
                .andExpect(status().isConflict());
        assertThat(other.pairId).isPositive();
    }
}
