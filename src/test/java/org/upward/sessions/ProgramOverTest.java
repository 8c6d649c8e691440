package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashProblemText;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;

/**
 * Once a program is completed (or archived), its pairs take no more sessions, check-ins, feedback, planned
 * meetings, flags or lunch &amp; learns, through the API or the pages, so its final figures stay as they were read.
 * Business outcomes can still be recorded (and the POST assessment and survey waves still answered: see
 * CompletedProgramStaysAnswerableTest in their packages).
 */
class ProgramOverTest extends IntegrationTest {

    private static final String REASON = "its pairs no longer log sessions, check in, give feedback or plan meetings";

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private ActivePair pair;
    private long sessionId;

    @BeforeEach
    void aProgramThatRanAndIsCompleted() throws Exception {
        pair = ActivePair.create(mvc, today.minusWeeks(4).toString(), 2);
        pair.startProgram();
        sessionId = ActivePair.id(json(pair.mentor, post("/api/v1/pairs/" + pair.pairId + "/sessions"), session(null))
                .andExpect(status().isCreated()));
        pair.admin(post("/api/v1/programs/" + pair.programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"COMPLETED\"}"))
                .andExpect(status().isOk());
    }

    private String session(Long version) {
        return "{\"date\": \"" + today + "\", \"durationMinutes\": 45, \"format\": \"VIDEO\", \"skillsCovered\": []"
                + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    private ResultActions json(
            String who, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r, String body)
            throws Exception {
        r.contentType(MediaType.APPLICATION_JSON).content(body);
        return who == null ? pair.admin(r) : pair.as(who, r);
    }

    private void refused(ResultActions result) throws Exception {
        result.andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Program is over"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(REASON)));
    }

    private int count(String table, String column, long id) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Integer.class, id);
    }

    @Test
    void theApiRefusesEveryPairActivityWithTheReasonAndStoresNothing() throws Exception {
        refused(json(pair.mentor, post("/api/v1/pairs/" + pair.pairId + "/sessions"), session(null)));
        refused(json(pair.mentee, put("/api/v1/sessions/" + sessionId), session(0L)));
        refused(json(null, post("/api/v1/pairs/" + pair.pairId + "/sessions"), session(null)));
        refused(json(pair.mentee, post("/api/v1/sessions/" + sessionId + "/feedback"), "{\"rating\": 5}"));
        refused(json(pair.mentee, post("/api/v1/pairs/" + pair.pairId + "/check-ins"), "{\"rating\": 4}"));
        refused(json(
                pair.mentee,
                post("/api/v1/pairs/" + pair.pairId + "/planned-sessions"),
                "{\"date\": \"" + today.plusDays(3) + "\", \"startTime\": \"12:30\", \"durationMinutes\": 45,"
                        + " \"format\": \"VIDEO\"}"));
        refused(json(
                null,
                post("/api/v1/programs/" + pair.programId + "/lunch-and-learn"),
                "{\"pairIds\": [" + pair.pairId + "], \"date\": \"" + today + "\", \"durationMinutes\": 60}"));
        json(pair.mentee, post("/api/v1/pairs/" + pair.pairId + "/flag"), "{\"note\": \"late\"}")
                .andExpect(status().isConflict());

        assertThat(count("mentoring_session", "pair_id", pair.pairId)).isEqualTo(1);
        assertThat(count("session_feedback", "session_id", sessionId)).isZero();
        assertThat(count("pair_check_in", "pair_id", pair.pairId)).isZero();
        assertThat(count("planned_session", "pair_id", pair.pairId)).isZero();
        assertThat(jdbc.queryForObject("select version from mentoring_session where id = ?", Long.class, sessionId))
                .isZero();
    }

    @Test
    void thePagesStopOfferingItAndRefuseAPostAnyway() throws Exception {
        Cookie mentee = logIn(pair.mentee, ActivePair.PASSWORD);
        String page = mvc.perform(get("/participant/pairs/" + pair.pairId).cookie(mentee))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("This program is over")
                .doesNotContain("/participant/pairs/" + pair.pairId + "/sessions\"")
                .doesNotContain("/check-ins")
                .doesNotContain("/participant/sessions/" + sessionId + "/feedback")
                .doesNotContain("/participant/sessions/" + sessionId + "/edit")
                .doesNotContain("/participant/pairs/" + pair.pairId + "/planned\"");

        mvc.perform(post("/participant/pairs/" + pair.pairId + "/sessions")
                        .cookie(mentee)
                        .with(csrf())
                        .param("date", today.toString())
                        .param("durationMinutes", "45")
                        .param("format", "VIDEO"))
                .andExpect(status().isFound())
                .andExpect(flashProblemText(REASON));
        mvc.perform(post("/participant/pairs/" + pair.pairId + "/check-ins")
                        .cookie(mentee)
                        .with(csrf())
                        .param("rating", "4"))
                .andExpect(status().isFound())
                .andExpect(flashProblemText(REASON));
        assertThat(count("mentoring_session", "pair_id", pair.pairId)).isEqualTo(1);
        assertThat(count("pair_check_in", "pair_id", pair.pairId)).isZero();
    }

    @Test
    void theAdminStatusBoardShowsTheFinalStateWithoutSwapsOrLunchAndLearns() throws Exception {
        String board = mvc.perform(
                        get("/admin/programs/" + pair.programId + "/status").cookie(logIn(ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(board)
                .contains("This program is over")
                .contains("pair-" + pair.pairId)
                .doesNotContain("lunch-and-learn")
                .doesNotContain("/swap");
    }

    @Test
    void businessOutcomesCanStillBeRecorded() throws Exception {
        json(
                        null,
                        post("/api/v1/programs/" + pair.programId + "/outcomes"),
                        "{\"type\": \"INITIATIVE_LAUNCHED\", \"description\": \"Expense chatbot\", \"value\": 10,"
                                + " \"date\": \"" + today + "\", \"pairId\": " + pair.pairId + "}")
                .andExpect(status().isCreated());
    }
}
