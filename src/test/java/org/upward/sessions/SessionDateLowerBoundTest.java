package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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

/** A session can't be dated before its pair started, or before its program started when that is later. */
class SessionDateLowerBoundTest extends IntegrationTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final LocalDate programStart = today.minusWeeks(4);
    private ActivePair pair;

    @BeforeEach
    void aPairOfARunningProgram() throws Exception {
        pair = ActivePair.create(mvc, programStart.toString(), 2);
        pair.startProgram();
    }

    private ResultActions log(String date) throws Exception {
        return pair.as(
                pair.mentor,
                post("/api/v1/pairs/" + pair.pairId + "/sessions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"" + date + "\", \"durationMinutes\": 45, \"format\": \"VIDEO\"}"));
    }

    private void refusedOnDate(ResultActions result) throws Exception {
        result.andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("can't be before ")));
    }

    private int sessions() {
        return jdbc.queryForObject(
                "select count(*) from mentoring_session where pair_id = ?", Integer.class, pair.pairId);
    }

    @Test
    void aSessionBeforeThePairStartedIsRefusedNamingTheDate() throws Exception {
        refusedOnDate(log("1990-01-01"));
        refusedOnDate(log("-0001-01-01"));
        refusedOnDate(log(today.minusDays(1).toString()));
        assertThat(sessions()).isZero();

        log(today.toString()).andExpect(status().isCreated());
        assertThat(sessions()).isEqualTo(1);
    }

    @Test
    void aPairMadeBeforeTheProgramStartedLogsFromTheProgramStart() throws Exception {
        pair.pairedOn(jdbc, programStart.minusWeeks(2).toString());
        refusedOnDate(log(programStart.minusDays(1).toString()));
        long id = ActivePair.id(log(programStart.toString()).andExpect(status().isCreated()));

        pair.as(
                        pair.mentor,
                        put("/api/v1/sessions/" + id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"1990-01-01\", \"durationMinutes\": 45, \"format\": \"VIDEO\","
                                        + " \"version\": 0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        assertThat(jdbc.queryForObject("select held_on from mentoring_session where id = ?", LocalDate.class, id))
                .isEqualTo(programStart);
    }

    @Test
    void theLunchAndLearnIsRefusedBeforeTheProgramStarted() throws Exception {
        pair.admin(post("/api/v1/programs/" + pair.programId + "/lunch-and-learn")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pairIds\": [" + pair.pairId
                                + "], \"date\": \"1990-01-01\", \"durationMinutes\": 60}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("date")));
        assertThat(sessions()).isZero();
    }

    @Test
    void thePageFormShowsTheReasonByTheDate() throws Exception {
        String page = mvc.perform(post("/participant/pairs/" + pair.pairId + "/sessions")
                        .cookie(logIn(pair.mentee, ActivePair.PASSWORD))
                        .with(csrf())
                        .param("date", "1990-01-01")
                        .param("durationMinutes", "45")
                        .param("format", "VIDEO"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("id=\"date-error\"[^>]*>can&#39;t be before ");
        assertThat(sessions()).isZero();
    }
}
