package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/** The admin's status board: each agreed pair's last session and check-in, its status, filters and hints. */
class StatusBoardTest extends IntegrationTest {

    // a two-week cadence started ten weeks ago: today is in period 5
    private final LocalDate start = LocalDate.now(ZoneOffset.UTC).minusWeeks(10);
    private ActivePair pair;
    private Cookie admin;
    private String board;

    @BeforeEach
    void pairInAProgramStartedTenWeeksAgo() throws Exception {
        pair = ActivePair.create(mvc, start.toString(), 2);
        admin = logIn(ADMIN);
        board = "/admin/programs/" + pair.programId + "/status";
    }

    private void logSession(LocalDate date) throws Exception {
        pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"date\": \"" + date + "\", \"durationMinutes\": 30, \"format\": \"VIDEO\"}"))
                .andExpect(status().isCreated());
    }

    private String board(String filter) throws Exception {
        return mvc.perform(get(board).param("status", filter).cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void showsOnlyUnder(String expected) throws Exception {
        assertThat(board(expected)).contains("Mia Mentor " + pair.run);
        for (String other : new String[] {"ON_TRACK", "DUE", "OVERDUE", "QUIET"}) {
            if (!other.equals(expected)) {
                assertThat(board(other)).doesNotContain("Mia Mentor " + pair.run);
            }
        }
    }

    @Test
    void aPairGoesFromQuietToOnTrackAsItsSessionsGetMoreRecent() throws Exception {
        assertThat(board("")).contains("Mia Mentor " + pair.run, "Eve Mentee " + pair.run, "never");
        showsOnlyUnder("DUE");
        pair.pairedOn(jdbc, start.toString());
        logSession(start);
        showsOnlyUnder("QUIET");
        logSession(start.plusWeeks(6));
        showsOnlyUnder("OVERDUE");
        logSession(start.plusWeeks(8));
        showsOnlyUnder("DUE");
        logSession(LocalDate.now(ZoneOffset.UTC));
        showsOnlyUnder("ON_TRACK");
    }

    @Test
    void aQuietPairIsOfferedForACheckOrASwap() throws Exception {
        pair.pairedOn(jdbc, start.toString());
        logSession(start.plusDays(1));
        assertThat(board("QUIET"))
                .contains("Quiet for two periods", "check in with them", "swap the pair to rematch both people")
                .contains("/admin/programs/" + pair.programId + "/pairing");
    }

    @Test
    void theBoardShowsTheLastCheckInButNeverAReflection() throws Exception {
        logSession(LocalDate.now(ZoneOffset.UTC));
        long sessionId =
                jdbc.queryForObject("select id from mentoring_session where pair_id = ?", Long.class, pair.pairId);
        String secret = "board-secret-" + pair.run;
        pair.as(
                        pair.mentee,
                        post("/api/v1/sessions/" + sessionId + "/feedback")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"rating\": 2, \"privateReflection\": \"" + secret + "\"}"))
                .andExpect(status().isCreated());
        pair.as(
                        pair.mentee,
                        post("/api/v1/pairs/" + pair.pairId + "/check-ins")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"rating\": 4}"))
                .andExpect(status().isCreated());
        String page = board("");
        assertThat(page).doesNotContain(secret).doesNotContain("never");
    }

    @Test
    void onlyAdminsSeeTheBoard() throws Exception {
        mvc.perform(get(board).cookie(logIn(EXECUTIVE))).andExpect(status().isForbidden());
        mvc.perform(get(board).cookie(logIn(pair.mentor, ActivePair.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/programs/999999999/status").cookie(admin)).andExpect(status().isNotFound());
    }
}
