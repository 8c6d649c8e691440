package org.upward.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.upward.support.IntegrationTest;

/** The admin logs one lunch & learn for several active pairs of a program: all or nothing, admins only. */
class LunchAndLearnTest extends IntegrationTest {

    private final String today = LocalDate.now(ZoneOffset.UTC).toString();
    private ActivePair pairs;
    private String api;

    @BeforeEach
    void twoActivePairs() throws Exception {
        pairs = ActivePair.twoPairs(mvc, "2025-01-06", 2);
        api = "/api/v1/programs/" + pairs.programId + "/lunch-and-learn";
    }

    private String body(String pairIds) {
        return "{\"pairIds\": [" + pairIds + "], \"date\": \"" + today + "\", \"durationMinutes\": 60,"
                + " \"skillsCovered\": [\"ai assistants\"], \"notes\": \"Lunch talk " + pairs.run
                + "\", \"actionItems\": \"Try it\"}";
    }

    private int sessionsOf(long... pairIds) {
        int count = 0;
        for (long id : pairIds) {
            count += jdbc.queryForObject("select count(*) from mentoring_session where pair_id = ?", Integer.class, id);
        }
        return count;
    }

    @Test
    void eachChosenPairGetsItsOwnLogLoggedByTheAdminThatItsPartnersCanUse() throws Exception {
        pairs.admin(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(pairs.pairId + ", " + pairs.secondPairId + ", " + pairs.pairId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].pairId").value(pairs.pairId))
                .andExpect(jsonPath("$[1].pairId").value(pairs.secondPairId))
                .andExpect(jsonPath("$[*].format", Matchers.everyItem(Matchers.is("LUNCH_AND_LEARN"))))
                .andExpect(jsonPath("$[*].loggedBy", Matchers.everyItem(Matchers.is(ActivePair.ADMIN))))
                .andExpect(jsonPath("$[0].skillsCovered[0]").value("AI assistants"));
        assertThat(sessionsOf(pairs.pairId)).isEqualTo(1);
        assertThat(sessionsOf(pairs.secondPairId)).isEqualTo(1);

        // the partners see it in their own log and give feedback as usual; the other pair's partner can't
        long first =
                jdbc.queryForObject("select id from mentoring_session where pair_id = ?", Long.class, pairs.pairId);
        pairs.as(pairs.mentee, get("/api/v1/pairs/" + pairs.pairId + "/sessions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].notes").value("Lunch talk " + pairs.run));
        pairs.as(
                        pairs.mentee,
                        post("/api/v1/sessions/" + first + "/feedback")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"rating\": 5, \"learned\": \"prompts\"}"))
                .andExpect(status().isCreated());
        pairs.as(pairs.secondMentee, get("/api/v1/sessions/" + first)).andExpect(status().isForbidden());
    }

    @Test
    void onePairNotActiveOrOfAnotherProgramRefusesAllNamingItAndStoresNothing() throws Exception {
        ActivePair elsewhere = ActivePair.create(mvc, "2025-01-06", 2);
        pairs.admin(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(pairs.pairId + ", " + elsewhere.pairId)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("pairIds"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("pair " + elsewhere.pairId)))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("not in this program")));

        pairs.admin(post("/api/v1/pairs/" + pairs.secondPairId + "/swap")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"moved teams\"}"))
                .andExpect(status().isOk());
        pairs.admin(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(pairs.pairId + ", " + pairs.secondPairId + ", 999999999")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("pair " + pairs.secondPairId)))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("not ACTIVE")))
                .andExpect(jsonPath("$.errors[1].message", Matchers.containsString("pair 999999999 doesn't exist")));

        pairs.admin(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(String.valueOf(pairs.pairId)).replace("ai assistants", "Knitting")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("skillsCovered"));
        pairs.admin(post(api).contentType(MediaType.APPLICATION_JSON).content(body("")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("pairIds"));
        assertThat(sessionsOf(pairs.pairId, pairs.secondPairId, elsewhere.pairId))
                .isZero();
    }

    @Test
    void aParticipantCannotLogALunchAndLearnEvenForTheirOwnPair() throws Exception {
        pairs.as(pairs.mentor, post(api).contentType(MediaType.APPLICATION_JSON).content(body("" + pairs.pairId)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/programs/" + pairs.programId + "/lunch-and-learn")
                        .cookie(logIn(pairs.mentor, ActivePair.PASSWORD))
                        .with(csrf())
                        .param("pairIds", String.valueOf(pairs.pairId))
                        .param("date", today)
                        .param("durationMinutes", "60"))
                .andExpect(status().isForbidden());
        assertThat(sessionsOf(pairs.pairId)).isZero();
        pairs.admin(post("/api/v1/programs/999999999/lunch-and-learn")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("" + pairs.pairId)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAdminTicksPairsOnTheBoardAndLogsItOnce() throws Exception {
        Cookie admin = logIn(ADMIN);
        String board = "/admin/programs/" + pairs.programId + "/status";
        String page = mvc.perform(get(board).cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"lunch-and-learn\"", "name=\"pairIds\"", "value=\"" + pairs.secondPairId + "\"")
                .contains("A period counts as active for a pair when the pair logged a session in it, or when both"
                        + " partners checked in in it");
        mvc.perform(post("/admin/programs/" + pairs.programId + "/lunch-and-learn")
                        .cookie(admin)
                        .with(csrf())
                        .param("pairIds", String.valueOf(pairs.pairId), String.valueOf(pairs.secondPairId))
                        .param("date", today)
                        .param("durationMinutes", "60")
                        .param("skillsCovered", "TikTok")
                        .param("notes", "Board lunch " + pairs.run))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("sessions.lunch.logged"));
        assertThat(sessionsOf(pairs.pairId, pairs.secondPairId)).isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select format || '/' || logged_by || '/' || notes from mentoring_session where pair_id in (?, ?)",
                        String.class,
                        pairs.pairId,
                        pairs.secondPairId))
                .containsOnly("LUNCH_AND_LEARN/" + ActivePair.ADMIN + "/Board lunch " + pairs.run);
    }
}
