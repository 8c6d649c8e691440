package org.upward.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * The fit check after the intro chat replaces the admin's click: two good fits start the pair, "not a fit"
 * alerts the admins who rematch in one click, and neither partner ever sees the other's answer or note.
 */
class FitCheckTest extends IntegrationTest {

    private static final String SECRET = "Between us: we have nothing in common";

    private ActivePair pair;

    @BeforeEach
    void approvedPair() throws Exception {
        pair = ActivePair.approvedOnly(mvc, "2025-01-06", 2);
    }

    private ResultActions answer(String who, String body) throws Exception {
        return pair.as(
                who,
                post("/api/v1/pairs/" + pair.pairId + "/fit-check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body));
    }

    private String pairStatus() {
        return jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, pair.pairId);
    }

    @Test
    void twoGoodFitsActivateThePairWithNoAdmin() throws Exception {
        answer(pair.mentor, "{\"answer\": \"GOOD_FIT\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.answer").value("GOOD_FIT"));
        assertThat(pairStatus()).isEqualTo("APPROVED");
        answer(pair.mentee, "{\"answer\": \"GOOD_FIT\", \"note\": \"Looking forward\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        assertThat(pairStatus()).isEqualTo("ACTIVE");
        // the same event as the admin's activation: the audit log says so
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'PAIR_ACTIVATED' and subject_id = ?",
                        Integer.class,
                        pair.pairId))
                .isEqualTo(1);
        // nothing more to answer once it started
        answer(pair.mentor, "{\"answer\": \"NOT_SURE\"}").andExpect(status().isConflict());
    }

    @Test
    void notSureCanBeAnsweredAgainAndTheLastAnswerCounts() throws Exception {
        answer(pair.mentor, "{\"answer\": \"NOT_SURE\"}").andExpect(status().isOk());
        answer(pair.mentee, "{\"answer\": \"GOOD_FIT\"}").andExpect(status().isOk());
        assertThat(pairStatus()).isEqualTo("APPROVED");
        answer(pair.mentor, "{\"answer\": \"GOOD_FIT\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void notAFitAlertsTheAdminsAndTheRematchNeverReturnsThePair() throws Exception {
        answer(pair.mentee, "{\"answer\": \"NOT_A_FIT\", \"note\": \"" + SECRET + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        List<String> told = jdbc.queryForList(
                "select p.email from notification n join person p on p.id = n.person_id"
                        + " where n.kind = 'PAIR_FLAGGED' and n.text like ?",
                String.class,
                "%" + SECRET + "%");
        assertThat(told).contains(ADMIN).doesNotContain(pair.mentor, pair.mentee);

        // the admin sees both answers and the one-click rematch on the pairing page
        String review = mvc.perform(
                        get("/admin/programs/" + pair.programId + "/pairing").cookie(logIn(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(review).contains("Not a fit", SECRET, "Rematch both");

        mvc.perform(post("/admin/programs/" + pair.programId + "/pairing/pairs/" + pair.pairId + "/swap")
                        .cookie(logIn(ADMIN, DEMO_PASSWORD))
                        .with(csrf())
                        .param("text", "Not a fit after the intro chat"))
                .andExpect(status().isFound());
        assertThat(pairStatus()).isEqualTo("DISSOLVED");
        Integer again = jdbc.queryForObject(
                "select count(*) from mentoring_pair m join person a on a.id = m.mentor_id"
                        + " join person b on b.id = m.mentee_id"
                        + " where m.program_id = ? and a.email = ? and b.email = ?"
                        + " and m.status in ('PROPOSED', 'APPROVED', 'ACTIVE')",
                Integer.class,
                pair.programId,
                pair.mentor,
                pair.mentee);
        assertThat(again).isZero();
    }

    @Test
    void aPartnerNeverSeesTheOthersAnswerOrNoteInTheApiOrOnThePage() throws Exception {
        answer(pair.mentee, "{\"answer\": \"NOT_A_FIT\", \"note\": \"" + SECRET + "\"}")
                .andExpect(status().isOk());
        String mine = answer(pair.mentor, "{\"answer\": \"GOOD_FIT\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answer").value("GOOD_FIT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mine).doesNotContain(SECRET).doesNotContain("NOT_A_FIT");
        String pairs = pair.as(pair.mentor, get("/api/v1/programs/" + pair.programId + "/pairs"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pairs).doesNotContain(SECRET).doesNotContain("NOT_A_FIT");

        String page = mvc.perform(
                        get("/participant/pairs/" + pair.pairId).cookie(logIn(pair.mentor, ActivePair.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Your answer: Good fit.")
                .doesNotContain(SECRET)
                .doesNotContain("Not a fit.");
        String home = mvc.perform(get("/participant").cookie(logIn(pair.mentor, ActivePair.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).doesNotContain(SECRET);
        String inbox = mvc.perform(get("/notifications").cookie(logIn(pair.mentor, ActivePair.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(inbox).doesNotContain(SECRET);
        // the mentee sees their own
        String theirs = mvc.perform(
                        get("/participant/pairs/" + pair.pairId).cookie(logIn(pair.mentee, ActivePair.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(theirs).contains("Your answer: Not a fit.", SECRET);
    }

    @Test
    void thePageAnswersInOneTapAndSaysWhatItDid() throws Exception {
        var mentor = logIn(pair.mentor, ActivePair.PASSWORD);
        String page = mvc.perform(get("/participant/pairs/" + pair.pairId).cookie(mentor))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"answer\" value=\"GOOD_FIT\"", "When you both say so, your pair starts");
        mvc.perform(post("/participant/pairs/" + pair.pairId + "/fit-check")
                        .cookie(mentor)
                        .with(csrf())
                        .param("answer", "NOT_SURE")
                        .param("note", ""))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("pairing.fit.saved.NOT_SURE"));
    }

    @Test
    void anOutsiderAndAnExecutiveCannotAnswer() throws Exception {
        answer(pair.outsider, "{\"answer\": \"GOOD_FIT\"}").andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/pairs/" + pair.pairId + "/fit-check")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(EXECUTIVE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\": \"GOOD_FIT\"}"))
                .andExpect(status().isForbidden());
        answer(pair.mentor, "{\"answer\": \"MAYBE\"}").andExpect(status().is4xxClientError());
        answer(pair.mentor, "{}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
    }

    @Test
    void theIntroChatCannotBeSaidHeldBeforeItWasPlanned() throws Exception {
        LocalDate nextWeek = LocalDate.now(ZoneOffset.UTC).plusWeeks(1);
        String meeting = pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/planned-sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"" + nextWeek + "\", \"startTime\": \"12:30\", \"timeZone\":"
                                        + " \"UTC\", \"durationMinutes\": 45, \"format\": \"VIDEO\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long meetingId = ((Number) JsonPath.read(meeting, "$.id")).longValue();
        answer(pair.mentor, "{\"answer\": \"GOOD_FIT\"}").andExpect(status().isConflict());
        pair.admin(post("/api/v1/pairs/" + pair.pairId + "/activate")).andExpect(status().isConflict());

        jdbc.update(
                "update planned_session set starts_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)),
                meetingId);
        answer(pair.mentor, "{\"answer\": \"GOOD_FIT\"}").andExpect(status().isOk());
        // admins can still activate by hand
        pair.admin(post("/api/v1/pairs/" + pair.pairId + "/activate")).andExpect(status().isOk());
    }
}
