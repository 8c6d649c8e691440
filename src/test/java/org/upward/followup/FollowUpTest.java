package org.upward.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * Follow-ups: added with a logged session (page and API), each with its owner; on the pair page and both partners'
 * to-do lists until ticked done; goals ticked in a session keep the agreement's confirmations; only the pair
 * (and admins, reading) ever see them.
 */
class FollowUpTest extends IntegrationTest {

    private ActivePair pair;
    private Cookie mentor;
    private Cookie mentee;
    private String pagePath;
    private String api;
    private final String today = LocalDate.now(ZoneOffset.UTC).toString();

    @BeforeEach
    void activePair() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        mentor = logIn(pair.mentor, ActivePair.PASSWORD);
        mentee = logIn(pair.mentee, ActivePair.PASSWORD);
        pagePath = "/participant/pairs/" + pair.pairId;
        api = "/api/v1/pairs/" + pair.pairId + "/follow-ups";
    }

    private String html(String path, Cookie who) throws Exception {
        return mvc.perform(get(path).cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long followUpId(String text) {
        return jdbc.queryForObject("select id from follow_up where text = ?", Long.class, text);
    }

    private String sessionJson(String extra) {
        return "{\"date\": \"" + today + "\", \"durationMinutes\": 30, \"format\": \"VIDEO\", \"skillsCovered\": [],"
                + " \"notes\": \"n\", \"actionItems\": \"free text stays\"" + extra + "}";
    }

    private ResultActions logByApi(String who, String extra) throws Exception {
        return pair.as(
                who,
                post("/api/v1/pairs/" + pair.pairId + "/sessions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sessionJson(extra)));
    }

    @Test
    void followUpsLoggedOnThePageShowForBothPartnersUntilDone() throws Exception {
        String forMentee = "Try the assistant on a real email " + pair.run;
        String forMentor = "Send the prompt guide " + pair.run;
        mvc.perform(post(pagePath + "/sessions")
                        .cookie(mentor)
                        .with(csrf())
                        .param("date", today)
                        .param("durationMinutes", "30")
                        .param("format", "VIDEO")
                        .param("actionItems", "free text stays")
                        .param("followUps[0].text", forMentee)
                        .param("followUps[0].owner", pair.mentee)
                        .param("followUps[1].text", "")
                        .param("followUps[1].owner", pair.mentor)
                        .param("followUps[2].text", forMentor)
                        .param("followUps[2].owner", pair.mentor))
                .andExpect(redirectedUrl(pagePath))
                .andExpect(flashSuccess("sessions.logged"));

        long session =
                jdbc.queryForObject("select id from mentoring_session where pair_id = ?", Long.class, pair.pairId);
        assertThat(jdbc.queryForObject("select count(*) from follow_up where pair_id = ?", Integer.class, pair.pairId))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select p.email from follow_up f join person p on p.id = f.owner_id where f.text = ?",
                        String.class,
                        forMentee))
                .isEqualTo(pair.mentee);
        assertThat(jdbc.queryForObject("select session_id from follow_up where text = ?", Long.class, forMentor))
                .isEqualTo(session);
        assertThat(jdbc.queryForObject(
                        "select action_items from mentoring_session where id = ?", String.class, session))
                .isEqualTo("free text stays");

        for (Cookie who : new Cookie[] {mentor, mentee}) {
            assertThat(html("/participant", who)).contains("Follow-ups to do", forMentee, forMentor);
            assertThat(html(pagePath, who)).contains(forMentee, forMentor, "Done since the last meeting");
        }

        // the mentee ticks theirs done with one tap: gone from both lists and the pair page
        long menteeItem = followUpId(forMentee);
        mvc.perform(post("/participant/follow-ups/" + menteeItem + "/done")
                        .cookie(mentee)
                        .with(csrf()))
                .andExpect(redirectedUrl(pagePath + "#follow-ups"))
                .andExpect(flashSuccess("followup.done.saved"));
        assertThat(jdbc.queryForObject("select done_on from follow_up where id = ?", LocalDate.class, menteeItem))
                .isEqualTo(LocalDate.parse(today));
        for (Cookie who : new Cookie[] {mentor, mentee}) {
            assertThat(html("/participant", who)).doesNotContain(forMentee).contains(forMentor);
            assertThat(html(pagePath, who)).doesNotContain(forMentee);
        }

        // the next session ticks the mentor's done from the log form
        mvc.perform(post(pagePath + "/sessions")
                        .cookie(mentee)
                        .with(csrf())
                        .param("date", today)
                        .param("durationMinutes", "45")
                        .param("format", "IN_PERSON")
                        .param("followUpsDone", String.valueOf(followUpId(forMentor))))
                .andExpect(redirectedUrl(pagePath));
        assertThat(html("/participant", mentor)).doesNotContain(forMentor).doesNotContain("Follow-ups to do");
        assertThat(html(pagePath, mentor)).contains("No follow-ups open.");
    }

    @Test
    void aFollowUpOwnedByNeitherPartnerIsRefusedUnderItsFieldAndNothingIsLogged() throws Exception {
        String page = mvc.perform(post(pagePath + "/sessions")
                        .cookie(mentor)
                        .with(csrf())
                        .param("date", today)
                        .param("durationMinutes", "30")
                        .param("format", "VIDEO")
                        .param("followUps[0].text", "Typed and kept " + pair.run)
                        .param("followUps[0].owner", pair.outsider))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Choose who does it: you or your partner.", "Typed and kept " + pair.run);
        // under its own field, not only at the top of the page
        assertThat(page.lastIndexOf("Choose who does it: you or your partner."))
                .isGreaterThan(page.indexOf("id=\"fu-owner-0\""));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentoring_session where pair_id = ?", Integer.class, pair.pairId))
                .isZero();

        logByApi(pair.mentor, ", \"followUps\": [{\"text\": \"x\", \"owner\": \"" + pair.outsider + "\"}]")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("followUps[0].owner"));
        String six = ", \"followUps\": ["
                + String.join(
                        ",", java.util.Collections.nCopies(6, "{\"text\": \"x\", \"owner\": \"" + pair.mentor + "\"}"))
                + "]";
        logByApi(pair.mentor, six)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("followUps")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentoring_session where pair_id = ?", Integer.class, pair.pairId))
                .isZero();
    }

    @Test
    void theApiLogsListsAddsAndChangesFollowUps() throws Exception {
        logByApi(pair.mentee, ", \"followUps\": [{\"text\": \"Book the demo\", \"owner\": \"" + pair.mentor + "\"}]")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.actionItems").value("free text stays"));
        pair.as(
                        pair.mentor,
                        post(api)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"Read the paper\", \"owner\": \"" + pair.mentee + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.owner").value(pair.mentee))
                .andExpect(jsonPath("$.sessionId").doesNotExist())
                .andExpect(jsonPath("$.state").value("OPEN"));
        pair.as(
                        pair.mentor,
                        post(api)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"" + "x".repeat(501) + "\", \"owner\": \"" + pair.mentee + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("text"));

        pair.as(pair.mentee, get(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].text").value("Read the paper"))
                .andExpect(jsonPath("$.items[1].owner").value(pair.mentor))
                .andExpect(jsonPath("$.items[1].sessionId").isNumber());
        pair.admin(get(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));

        long id = followUpId("Book the demo");
        String path = "/api/v1/follow-ups/" + id;
        pair.as(pair.mentor, patch(path).contentType(MediaType.APPLICATION_JSON).content("{\"state\": \"DONE\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        pair.as(
                        pair.mentor,
                        patch(path)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"state\": \"DONE\", \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.doneOn").value(today))
                .andExpect(jsonPath("$.version").value(1));
        pair.as(
                        pair.mentee,
                        patch(path)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"Book the demo room\", \"version\": 0}"))
                .andExpect(status().isConflict());
        pair.as(
                        pair.mentee,
                        patch(path)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"Book the demo room\", \"owner\": \"" + pair.mentee
                                        + "\", \"state\": \"OPEN\", \"version\": 1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Book the demo room"))
                .andExpect(jsonPath("$.owner").value(pair.mentee))
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.doneOn").doesNotExist());
        assertThat(html("/participant", mentee)).contains("Book the demo room");
    }

    @Test
    void outsidersAndExecutivesGet403OnFollowUpsAndAgreementGoals() throws Exception {
        pair.as(
                        pair.mentor,
                        post(api)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"Private item\", \"owner\": \"" + pair.mentor + "\"}"))
                .andExpect(status().isCreated());
        long id = followUpId("Private item");
        String change = "{\"state\": \"DONE\", \"version\": 0}";
        String add = "{\"text\": \"x\", \"owner\": \"" + pair.mentor + "\"}";
        String agreement = "/api/v1/pairs/" + pair.pairId + "/agreement";
        for (String[] who : new String[][] {{pair.outsider, ActivePair.PASSWORD}, {EXECUTIVE, DEMO_PASSWORD}}) {
            mvc.perform(get(api).with(httpBasic(who[0], who[1]))).andExpect(status().isForbidden());
            mvc.perform(post(api)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(add)
                            .with(httpBasic(who[0], who[1])))
                    .andExpect(status().isForbidden());
            mvc.perform(patch("/api/v1/follow-ups/" + id)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(change)
                            .with(httpBasic(who[0], who[1])))
                    .andExpect(status().isForbidden());
            mvc.perform(get(agreement).with(httpBasic(who[0], who[1]))).andExpect(status().isForbidden());
            mvc.perform(put(agreement)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}")
                            .with(httpBasic(who[0], who[1])))
                    .andExpect(status().isForbidden());
            Cookie session = logIn(who[0], who[1]);
            mvc.perform(post("/participant/follow-ups/" + id + "/done")
                            .cookie(session)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get(pagePath).cookie(session)).andExpect(status().isForbidden());
        }
        // the outsider's own home lists nothing of this pair
        assertThat(html("/participant", logIn(pair.outsider, ActivePair.PASSWORD)))
                .doesNotContain("Private item");
        // admins read, but only the pair changes
        pair.admin(post(api).contentType(MediaType.APPLICATION_JSON).content(add))
                .andExpect(status().isForbidden());
        pair.admin(patch("/api/v1/follow-ups/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select state from follow_up where id = ?", String.class, id))
                .isEqualTo("OPEN");
    }

    @Test
    void aGoalTickedDoneInASessionKeepsTheAgreementsConfirmations() throws Exception {
        String agreement = "/api/v1/pairs/" + pair.pairId + "/agreement";
        String goals = "[{\"statement\": \"Use an AI assistant weekly\", \"objectiveIndex\": 0, \"status\": \"OPEN\"},"
                + " {\"statement\": \"Post on TikTok\", \"skill\": \"TikTok\", \"status\": \"OPEN\"}]";
        pair.as(
                        pair.mentor,
                        put(agreement)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"We meet\", \"goals\": " + goals + ", \"version\": 0}"))
                .andExpect(status().isOk());
        pair.as(pair.mentor, post(agreement + "/confirm")).andExpect(status().isOk());
        String confirmed = pair.as(pair.mentee, post(agreement + "/confirm"))
                .andExpect(jsonPath("$.confirmedBy.length()").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long first = ((Number) JsonPath.read(confirmed, "$.goals[0].id")).longValue();
        long second = ((Number) JsonPath.read(confirmed, "$.goals[1].id")).longValue();
        long version = ((Number) JsonPath.read(confirmed, "$.version")).longValue();

        assertThat(html(pagePath, mentor)).contains("Progress on our goals", "Use an AI assistant weekly");
        mvc.perform(post(pagePath + "/sessions")
                        .cookie(mentor)
                        .with(csrf())
                        .param("date", today)
                        .param("durationMinutes", "30")
                        .param("format", "VIDEO")
                        .param("goalsDone", String.valueOf(first)))
                .andExpect(redirectedUrl(pagePath));
        long after = ((Number) JsonPath.read(
                        pair.as(pair.mentee, get(agreement))
                                .andExpect(jsonPath("$.goals[0].status").value("DONE"))
                                .andExpect(jsonPath("$.goals[1].status").value("OPEN"))
                                .andExpect(jsonPath(
                                        "$.confirmedBy", Matchers.containsInAnyOrder(pair.mentor, pair.mentee)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.version"))
                .longValue();
        assertThat(after).isGreaterThan(version);

        // through the API too; a goal of no agreement of this pair is refused and nothing is logged
        logByApi(pair.mentee, ", \"goalsDone\": [" + second + "]").andExpect(status().isCreated());
        pair.as(pair.mentor, get(agreement))
                .andExpect(jsonPath("$.goals[1].status").value("DONE"))
                .andExpect(jsonPath("$.confirmedBy.length()").value(2));
        logByApi(pair.mentee, ", \"goalsDone\": [999999999]")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("goalsDone"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentoring_session where pair_id = ?", Integer.class, pair.pairId))
                .isEqualTo(2);
    }

    @Test
    void onceTheProgramIsOverItsFollowUpsLeaveTheToDoListsAndNoLongerChange() throws Exception {
        String text = "Left for after the program " + pair.run;
        pair.as(
                        pair.mentor,
                        post(api)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"" + text + "\", \"owner\": \"" + pair.mentee + "\"}"))
                .andExpect(status().isCreated());
        assertThat(html("/participant", mentee)).contains(text);
        pair.startProgram();
        pair.admin(post("/api/v1/programs/" + pair.programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"COMPLETED\"}"))
                .andExpect(status().isOk());

        assertThat(html("/participant", mentee)).doesNotContain(text);
        pair.as(pair.mentee, get(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].text").value(text));
        pair.as(
                        pair.mentee,
                        patch("/api/v1/follow-ups/" + followUpId(text))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"state\": \"DONE\", \"version\": 0}"))
                .andExpect(status().isConflict());
        pair.as(
                        pair.mentor,
                        post(api)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"x\", \"owner\": \"" + pair.mentee + "\"}"))
                .andExpect(status().isConflict());
    }
}
