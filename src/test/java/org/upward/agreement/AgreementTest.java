package org.upward.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * A pair's agreement and goals: prefilled from the program's template, written by the pair, confirmed by both,
 * every change to the text or the goals asking again; only the pair and admins see it.
 */
class AgreementTest extends IntegrationTest {

    private ActivePair pair;
    private String api;

    @BeforeEach
    void activePair() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        api = "/api/v1/pairs/" + pair.pairId + "/agreement";
    }

    private static String body(String text, String goals, long version) {
        return "{\"text\": \"" + text + "\", \"meetingRhythm\": \"Every two weeks\", \"goals\": " + goals
                + ", \"version\": " + version + "}";
    }

    private static final String ONE_GOAL =
            "[{\"statement\": \"Use an AI assistant weekly\", \"objectiveIndex\": 0, \"status\": \"OPEN\"}]";

    private ResultActions write(String who, String body) throws Exception {
        return pair.as(who, put(api).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long version(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version")).longValue();
    }

    @Test
    void aNewAgreementStartsFromTheProgramsTemplate() throws Exception {
        pair.as(pair.mentor, get(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.goals").isEmpty())
                .andExpect(jsonPath("$.confirmedBy").isEmpty())
                .andExpect(jsonPath("$.text").value(Matchers.containsString("reaches either of our managers")))
                .andExpect(jsonPath("$.meetingRhythm").value("Every 2 weeks, about an hour"));

        // the admin edits the program's template: new agreements start from it, and the audit log says so
        mvc.perform(post("/admin/programs/" + pair.programId + "/agreement-template")
                        .cookie(logIn(ADMIN, DEMO_PASSWORD))
                        .with(csrf())
                        .param("text", "Our own template for this program"))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("agreement.template.saved"));
        pair.as(pair.mentee, get(api)).andExpect(jsonPath("$.text").value("Our own template for this program"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'AGREEMENT_TEMPLATE_CHANGED' and program_id = ?",
                        Integer.class,
                        pair.programId))
                .isEqualTo(1);
    }

    @Test
    void bothConfirmAndAnyChangeToTextOrGoalsClearsTheConfirmations() throws Exception {
        long v1 = version(write(pair.mentor, body("We meet and learn", ONE_GOAL, 0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals[0].statement").value("Use an AI assistant weekly"))
                .andExpect(jsonPath("$.goals[0].id").isNumber()));
        pair.as(pair.mentor, post(api + "/confirm")).andExpect(status().isOk());
        long v2 = version(pair.as(pair.mentee, post(api + "/confirm"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmedBy", Matchers.containsInAnyOrder(pair.mentor, pair.mentee))));
        assertThat(v2).isGreaterThan(v1);

        // the rhythm alone keeps the confirmations
        String sameText = "{\"text\": \"We meet and learn\", \"meetingRhythm\": \"Weekly\", \"goals\": " + ONE_GOAL
                + ", \"version\": " + v2 + "}";
        long v3 = version(write(pair.mentee, sameText)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmedBy.length()").value(2)));

        // a goal ticked done is a change to the goals: both confirm again
        String done = "[{\"statement\": \"Use an AI assistant weekly\", \"objectiveIndex\": 0, \"status\": \"DONE\"}]";
        long v4 = version(write(pair.mentee, body("We meet and learn", done, v3))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmedBy").isEmpty())
                .andExpect(jsonPath("$.goals[0].status").value("DONE")));
        pair.as(pair.mentor, post(api + "/confirm"))
                .andExpect(jsonPath("$.confirmedBy[0]").value(pair.mentor));

        // so does a change to the text
        long v5 = version(pair.as(pair.mentor, get(api)));
        write(pair.mentor, body("We meet, learn and laugh", done, v5))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmedBy").isEmpty());
        assertThat(v4).isGreaterThan(v3);
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long v1 = version(write(pair.mentor, body("First", ONE_GOAL, 0)).andExpect(status().isOk()));
        write(pair.mentee, body("Second", ONE_GOAL, v1)).andExpect(status().isOk());
        write(pair.mentor, body("Mine, from the old version", ONE_GOAL, v1)).andExpect(status().isConflict());
        write(pair.mentor, body("Also stale", ONE_GOAL, 0)).andExpect(status().isConflict());
        pair.as(
                        pair.mentor,
                        post(api + "/confirm")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": " + v1 + "}"))
                .andExpect(status().isConflict());
    }

    @Test
    void validationNamesTheField() throws Exception {
        write(pair.mentor, body("Text", "[]", 0))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("goals")));
        String four =
                "[" + String.join(",", java.util.Collections.nCopies(4, ONE_GOAL.substring(1, ONE_GOAL.length() - 1)))
                        + "]";
        write(pair.mentor, body("Text", four, 0))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("goals")));
        write(pair.mentor, body("", ONE_GOAL, 0))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("text")));
        write(pair.mentor, body("Text", "[{\"statement\": \"x\", \"objectiveIndex\": 5}]", 0))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("goals[0].objectiveIndex"));
        write(pair.mentor, body("Text", "[{\"statement\": \"x\", \"skill\": \"Knitting\"}]", 0))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("goals[0].skill"));
        write(pair.mentor, body("Text", "[{\"statement\": \" \", \"skill\": \"tiktok\"}]", 0))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("goals[0].statement"));
        write(pair.mentor, body("Text", "[{\"statement\": \"x\"}]", 0))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("goals[0].objectiveIndex"));
        // a skill is matched whatever its case and stored as the program names it
        write(pair.mentor, body("Text", "[{\"statement\": \"Post weekly\", \"skill\": \"tiktok\"}]", 0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals[0].skill").value("TikTok"))
                .andExpect(jsonPath("$.goals[0].status").value("OPEN"));
    }

    @Test
    void anOutsiderAndAnExecutiveGet403AndAdminsOnlyRead() throws Exception {
        long v1 = version(write(pair.mentor, body("Ours", ONE_GOAL, 0)).andExpect(status().isOk()));
        pair.as(pair.outsider, get(api)).andExpect(status().isForbidden());
        write(pair.outsider, body("Theirs", ONE_GOAL, v1)).andExpect(status().isForbidden());
        pair.as(pair.outsider, post(api + "/confirm")).andExpect(status().isForbidden());
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
            get(api),
            put(api).contentType(MediaType.APPLICATION_JSON).content(body("Exec", ONE_GOAL, v1)),
            post(api + "/confirm")
        }) {
            mvc.perform(request.with(httpBasic(EXECUTIVE, DEMO_PASSWORD))).andExpect(status().isForbidden());
        }
        pair.admin(get(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Ours"));
        pair.admin(put(api).contentType(MediaType.APPLICATION_JSON).content(body("Admin", ONE_GOAL, v1)))
                .andExpect(status().isForbidden());
        Cookie outsider = logIn(pair.outsider, ActivePair.PASSWORD);
        mvc.perform(post("/participant/pairs/" + pair.pairId + "/agreement/confirm")
                        .cookie(outsider)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select confirmed_by::text from pair_agreement where pair_id = ?", String.class, pair.pairId))
                .isEqualTo("[]");
    }

    @Test
    void thePairPageWritesTheAgreementWithAGoalAndTheOtherPartnerConfirms() throws Exception {
        Cookie mentor = logIn(pair.mentor, ActivePair.PASSWORD);
        String page = page(mentor);
        assertThat(page).contains("Our agreement", "Not saved yet", "Skill: TikTok", "Objective: Use AI");
        mvc.perform(post("/participant/pairs/" + pair.pairId + "/agreement")
                        .cookie(mentor)
                        .with(csrf())
                        .param("version", "0")
                        .param("text", "We meet and learn")
                        .param("meetingRhythm", "Every two weeks")
                        .param("goals[0].statement", "Post on TikTok once a week")
                        .param("goals[0].tie", "skill:TikTok")
                        .param("goals[1].statement", "")
                        .param("goals[1].tie", ""))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("agreement.saved"));
        Cookie mentee = logIn(pair.mentee, ActivePair.PASSWORD);
        assertThat(page(mentee)).contains("Post on TikTok once a week", "Nobody has confirmed this version yet.");
        long version =
                jdbc.queryForObject("select version from pair_agreement where pair_id = ?", Long.class, pair.pairId);
        mvc.perform(post("/participant/pairs/" + pair.pairId + "/agreement/confirm")
                        .cookie(mentee)
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("agreement.confirmed"));
        assertThat(page(mentor)).contains("Confirmed by: " + pair.mentee);
    }

    private String page(Cookie who) throws Exception {
        return mvc.perform(get("/participant/pairs/" + pair.pairId).cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
