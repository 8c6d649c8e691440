package org.upward.impact;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * The sponsor's mails link to the program's results: the person named as its sponsor reads them (page, API and
 * board pack) even without the executive role, and only for that program; other participants still can't.
 */
class SponsorReadsResultsTest extends IntegrationTest {

    private ActivePair pair;

    @BeforeEach
    void aProgramSponsoredByItsMentor() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        jdbc.update(
                "update program set sponsor_id = (select id from person where email = ?) where id = ?",
                pair.mentor,
                pair.programId);
    }

    @Test
    void theSponsorReadsTheirProgramsResults() throws Exception {
        mvc.perform(get("/api/v1/programs/" + pair.programId + "/results")
                        .with(httpBasic(pair.mentor, ActivePair.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programId").value(pair.programId));
        mvc.perform(get("/impact/programs/" + pair.programId).cookie(logIn(pair.mentor, ActivePair.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/programs/" + pair.programId + "/results.pdf")
                        .with(httpBasic(pair.mentor, ActivePair.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void nobodyElseWithoutTheRoleDoes() throws Exception {
        mvc.perform(get("/api/v1/programs/" + pair.programId + "/results")
                        .with(httpBasic(pair.mentee, ActivePair.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/impact/programs/" + pair.programId).cookie(logIn(pair.mentee, ActivePair.PASSWORD)))
                .andExpect(status().isForbidden());
        // the sponsor of one program reads no other program's results, nor the dashboard's tables
        long pilot =
                jdbc.queryForObject("select id from program where name = 'Reverse mentoring pilot 2026'", Long.class);
        mvc.perform(get("/api/v1/programs/" + pilot + "/results").with(httpBasic(pair.mentor, ActivePair.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/" + pair.programId + "/impact")
                        .with(httpBasic(pair.mentor, ActivePair.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
