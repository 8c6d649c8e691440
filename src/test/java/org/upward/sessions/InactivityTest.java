package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/**
 * A pair paired ten weeks ago (two-week cadence) that never met nor checked in is quiet for two periods: the
 * board offers a check (flag) and a rematch through the pairing swap, and both work from there.
 */
class InactivityTest extends IntegrationTest {

    private final LocalDate start = LocalDate.now(ZoneOffset.UTC).minusWeeks(10);
    private ActivePair pair;
    private Cookie admin;
    private String board;

    @BeforeEach
    void aPairPairedTenWeeksAgoThatNeverMet() throws Exception {
        pair = ActivePair.create(mvc, start.toString(), 2);
        jdbc.update(
                "update mentoring_pair set created_at = ? where id = ?",
                Timestamp.from(start.atStartOfDay().toInstant(ZoneOffset.UTC)),
                pair.pairId);
        admin = logIn(ADMIN);
        board = "/admin/programs/" + pair.programId + "/status";
    }

    private String quietBoard() throws Exception {
        return mvc.perform(get(board).param("status", "QUIET").cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theBoardOffersASwapThatRematchesBothPeople() throws Exception {
        String swap = "/admin/programs/" + pair.programId + "/pairing/pairs/" + pair.pairId + "/swap";
        assertThat(quietBoard())
                .contains("Mia Mentor " + pair.run)
                .contains("Quiet for two periods: check in with them")
                .contains("action=\"" + swap + "\"", "Swap (rematch both)")
                .contains("action=\"/admin/programs/" + pair.programId + "/pairing/pairs/" + pair.pairId + "/flag\"");

        mvc.perform(post(swap).cookie(admin).with(csrf()).param("text", "Quiet for two periods"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/programs/" + pair.programId + "/pairing"));
        Map<String, Object> old =
                jdbc.queryForMap("select status, dissolved_reason from mentoring_pair where id = ?", pair.pairId);
        assertThat(old.get("status")).isEqualTo("DISSOLVED");
        assertThat(old.values()).contains("Quiet for two periods");
        // the mentee is proposed to the only other mentor with room
        Map<String, Object> replacement = jdbc.queryForMap(
                "select p.status, mentor.email as mentor, mentee.email as mentee from mentoring_pair p"
                        + " join person mentor on mentor.id = p.mentor_id join person mentee on mentee.id = p.mentee_id"
                        + " where p.replaces_pair_id = ?",
                pair.pairId);
        assertThat(replacement)
                .containsEntry("status", "PROPOSED")
                .containsEntry("mentor", pair.outsider)
                .containsEntry("mentee", pair.mentee);
        assertThat(quietBoard()).doesNotContain("Mia Mentor " + pair.run);
    }

    @Test
    void theBoardOffersAFlagForACheck() throws Exception {
        mvc.perform(post("/admin/programs/" + pair.programId + "/pairing/pairs/" + pair.pairId + "/flag")
                        .cookie(admin)
                        .with(csrf())
                        .param("text", "Quiet for two periods: HR checks in with the pair."))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select flagged from mentoring_pair where id = ?", Boolean.class, pair.pairId))
                .isTrue();
        assertThat(quietBoard()).contains("Mia Mentor " + pair.run);
    }

    @Test
    void bothPartnersCheckingInCountsAsActivityButOneAloneDoesNot() throws Exception {
        checkIn(pair.mentor);
        assertThat(quietBoard()).contains("Mia Mentor " + pair.run);
        checkIn(pair.mentee);
        assertThat(quietBoard()).doesNotContain("Mia Mentor " + pair.run);
        String onTrack = mvc.perform(get(board).param("status", "ON_TRACK").cookie(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(onTrack).contains("Mia Mentor " + pair.run);
    }

    @Test
    void aJointCheckInTwoPeriodsAgoMakesThePairOverdueNotQuiet() throws Exception {
        long mentorId = jdbc.queryForObject("select id from person where email = ?", Long.class, pair.mentor);
        long menteeId = jdbc.queryForObject("select id from person where email = ?", Long.class, pair.mentee);
        // today is in period 5; both checked in in period 3
        for (long person : new long[] {mentorId, menteeId}) {
            jdbc.update(
                    "insert into pair_check_in (pair_id, person_id, period_index, answered_on, rating, created_at,"
                            + " updated_at) values (?, ?, 3, ?, 4, now(), now())",
                    pair.pairId,
                    person,
                    start.plusWeeks(7));
        }
        String overdue = mvc.perform(get(board).param("status", "OVERDUE").cookie(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(overdue).contains("Mia Mentor " + pair.run);
    }

    private void checkIn(String who) throws Exception {
        pair.as(
                        who,
                        post("/api/v1/pairs/" + pair.pairId + "/check-ins")
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content("{\"rating\": 3, \"blocker\": \"busy quarter\"}"))
                .andExpect(status().isCreated());
    }
}
