package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/**
 * Health on the status board and in the API, and "keep this pair": a pair paired twelve weeks ago (two-week cadence)
 * that never met is quiet for six full periods, beyond the default of four: closing.
 */
class PairHealthTest extends IntegrationTest {

    private final LocalDate start = LocalDate.now(ZoneOffset.UTC).minusWeeks(12);
    private ActivePair pair;
    private Cookie admin;

    @BeforeEach
    void aPairQuietForSixPeriods() throws Exception {
        pair = ActivePair.create(mvc, start.toString(), 2);
        pair.startProgram();
        pair.pairedOn(jdbc, start.toString());
        admin = logIn(ADMIN);
    }

    private String board(String query) throws Exception {
        return mvc.perform(get("/admin/programs/" + pair.programId + "/status" + query)
                        .cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theApiAndTheBoardShowTheHealthInWords() throws Exception {
        pair.admin(get("/api/v1/programs/" + pair.programId + "/status-board"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].pairId").value(pair.pairId))
                .andExpect(jsonPath("$.items[0].status").value("QUIET"))
                .andExpect(jsonPath("$.items[0].health").value("CLOSING"));
        pair.admin(get("/api/v1/programs/" + pair.programId + "/status-board").param("health", "ON_TRACK"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        pair.admin(get("/api/v1/programs/" + pair.programId + "/pairs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].health").value("CLOSING"));
        pair.as(pair.mentor, get("/api/v1/programs/" + pair.programId + "/pairs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].health").value("CLOSING"));

        assertThat(board(""))
                .contains("Closing", "Keep this pair", "Yes, keep this pair", "What the health means")
                .contains("This program warns after 4 quiet periods in a row")
                .doesNotContain(">CLOSING<");
        assertThat(board("?health=AT_RISK")).doesNotContain("Mia Mentor " + pair.run);
        assertThat(board("?health=CLOSING")).contains("Mia Mentor " + pair.run);
    }

    @Test
    void keepingThePairPutsItOnTrackAndIsAudited() throws Exception {
        mvc.perform(post("/admin/programs/" + pair.programId + "/status/pairs/" + pair.pairId + "/keep")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/programs/" + pair.programId + "/status#pair-" + pair.pairId));

        pair.admin(get("/api/v1/programs/" + pair.programId + "/status-board"))
                .andExpect(jsonPath("$.items[0].health").value("ON_TRACK"));
        assertThat(jdbc.queryForObject(
                        "select summary from audit_entry where action = 'PAIR_KEPT' and subject_id = ?",
                        String.class,
                        pair.pairId))
                .contains("Kept the quiet pair of Mia Mentor " + pair.run);
        assertThat(board("")).doesNotContain("Yes, keep this pair");

        pair.admin(post("/api/v1/pairs/" + pair.pairId + "/keep"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.health").value("ON_TRACK"));
    }

    @Test
    void onlyAdminsKeepAndOnlyActivePairs() throws Exception {
        pair.as(pair.mentor, post("/api/v1/pairs/" + pair.pairId + "/keep")).andExpect(status().isForbidden());
        pair.as(pair.mentor, get("/api/v1/programs/" + pair.programId + "/status-board"))
                .andExpect(status().isForbidden());
        ActivePair approved = ActivePair.approvedOnly(mvc, start.toString(), 2);
        approved.admin(post("/api/v1/pairs/" + approved.pairId + "/keep")).andExpect(status().isConflict());
        mvc.perform(post("/admin/programs/" + pair.programId + "/status/pairs/" + approved.pairId + "/keep")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
