package org.upward.wrapup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.upward.pairing.PairClosed;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/**
 * A good ending: a completed program (or a pair closed early) asks both partners for a short wrap-up; each sees
 * only their own answers, executives only the program's aggregate, small groups withheld; and once a pair has
 * ended its history stays readable while every write is refused.
 */
class WrapUpTest extends IntegrationTest {

    private static final String GOAL =
            "[{\"statement\": \"Use an AI assistant weekly\", \"objectiveIndex\": 0, \"status\": \"OPEN\"}]";
    private static final String MENTORS_SECRET = "I stopped fearing the new tools";

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transactions;

    private ActivePair pair;
    private String api;

    @BeforeEach
    void twoActivePairs() throws Exception {
        pair = ActivePair.twoPairs(mvc, "2025-01-06", 2);
        pair.startProgram();
        api = "/api/v1/pairs/" + pair.pairId + "/wrap-up";
    }

    private void complete() throws Exception {
        pair.admin(post("/api/v1/programs/" + pair.programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"COMPLETED\"}"))
                .andExpect(status().isOk());
    }

    private long goalId() throws Exception {
        pair.as(
                        pair.mentor,
                        put("/api/v1/pairs/" + pair.pairId + "/agreement")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"We meet\", \"goals\": " + GOAL + ", \"version\": 0}"))
                .andExpect(status().isOk());
        return jdbc.queryForObject(
                "select g.id from pair_goal g join pair_agreement a on a.id = g.agreement_id where a.pair_id = ?",
                Long.class,
                pair.pairId);
    }

    private long notices(String email) {
        return jdbc.queryForObject(
                "select count(*) from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.kind = 'WRAP_UP_DUE' and n.link like '%/wrap-up'",
                Long.class, email);
    }

    private ResultActions answer(String who, String pairApi, String body) throws Exception {
        return pair.as(who, put(pairApi).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String body(long goalId, String attainment, String changed, String recommend) {
        return "{\"goals\": [{\"goalId\": " + goalId + ", \"attainment\": " + attainment + "}], \"whatChanged\": \""
                + changed + "\", \"shareChange\": true, \"recommend\": " + recommend + "}";
    }

    @Test
    void completingTheProgramAsksBothPartnersOfEveryActivePairOnce() throws Exception {
        for (String person : new String[] {pair.mentor, pair.mentee, pair.outsider, pair.secondMentee}) {
            assertThat(notices(person)).as(person).isZero();
        }
        complete();
        for (String person : new String[] {pair.mentor, pair.mentee, pair.outsider, pair.secondMentee}) {
            assertThat(notices(person)).as(person).isEqualTo(1);
        }
        // it is on each partner's "What next?" list, with the partner named
        assertThat(page(logIn(pair.mentee, ActivePair.PASSWORD), "/participant"))
                .contains("Wrap up your time with Mia Mentor " + pair.run)
                .contains("/participant/pairs/" + pair.pairId + "/wrap-up");
        // a pair closed now is not asked a second time
        closeEarly(pair.pairId);
        assertThat(notices(pair.mentor)).isEqualTo(1);
        pair.as(pair.mentee, get(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value(true))
                .andExpect(jsonPath("$.editable").value(true))
                .andExpect(jsonPath("$.mine").doesNotExist());
    }

    @Test
    void aPairClosedEarlyIsAskedAndItsHistoryStaysReadOnly() throws Exception {
        long goal = goalId();
        pair.as(pair.mentor, get(api)).andExpect(jsonPath("$.due").value(false));
        answer(pair.mentor, api, body(goal, "\"ACHIEVED\"", "x", "\"YES\"")).andExpect(status().isConflict());

        String planned = "/api/v1/pairs/" + pair.pairId + "/planned-sessions";
        long meeting = ActivePair.id(pair.as(
                        pair.mentor,
                        post(planned)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \""
                                        + LocalDate.now(ZoneOffset.UTC).plusDays(7)
                                        + "\", \"startTime\": \"10:00\", \"durationMinutes\": 45,"
                                        + " \"format\": \"VIDEO\", \"agenda\": \"Our last one\"}"))
                .andExpect(status().isCreated()));

        closeEarly(pair.pairId);
        jdbc.update("update mentoring_pair set status = 'DISSOLVED' where id = ?", pair.pairId);
        assertThat(notices(pair.mentor)).isEqualTo(1);
        assertThat(notices(pair.mentee)).isEqualTo(1);
        assertThat(notices(pair.outsider)).isZero();
        assertThat(notices(pair.secondMentee)).isZero();

        // the history is still there to read, with no forms to change it, and writes are refused
        Cookie mentor = logIn(pair.mentor, ActivePair.PASSWORD);
        String page = page(mentor, "/participant/pairs/" + pair.pairId);
        assertThat(page)
                .contains("This pair has ended", "Use an AI assistant weekly", "Write my wrap-up")
                .doesNotContain("/participant/pairs/" + pair.pairId + "/sessions\"")
                .doesNotContain("/participant/pairs/" + pair.pairId + "/agreement\"")
                .doesNotContain("/participant/pairs/" + pair.pairId + "/check-ins\"")
                .doesNotContain("/planned/" + meeting + "/cancel");
        // the meeting planned before the end stays as history: cancelling it is refused like planning another
        pair.as(pair.mentee, delete(planned + "/" + meeting)).andExpect(status().isConflict());
        mvc.perform(post("/participant/pairs/" + pair.pairId + "/planned/" + meeting + "/cancel")
                        .cookie(mentor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from planned_session where id = ?", Long.class, meeting))
                .isEqualTo(1);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        pair.as(
                        pair.mentor,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"" + today + "\", \"durationMinutes\": 45, \"format\":"
                                        + " \"VIDEO\", \"skillsCovered\": [], \"notes\": \"\", \"actionItems\": \"\"}"))
                .andExpect(status().isConflict());
        pair.as(
                        pair.mentor,
                        put("/api/v1/pairs/" + pair.pairId + "/agreement")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"Changed\", \"goals\": " + GOAL + ", \"version\": 1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("approved or active")));

        // the wrap-up itself can be answered, and is read-only 30 days after it was due
        answer(pair.mentor, api, body(goal, "\"PARTLY\"", "More patience", "\"MAYBE\""))
                .andExpect(status().isOk());
        jdbc.update("update wrap_up set due_at = due_at - interval '31 days' where pair_id = ?", pair.pairId);
        answer(pair.mentor, api, body(goal, "\"ACHIEVED\"", "Changed my mind", "\"YES\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("30 days")));
        String closed = page(mentor, "/participant/pairs/" + pair.pairId + "/wrap-up");
        assertThat(closed)
                .contains("This wrap-up is closed", "More patience", "Partly", "Maybe")
                .doesNotContain("name=\"recommend\"");
    }

    @Test
    void eachPartnerAnswersAndSeesOnlyTheirOwn() throws Exception {
        long goal = goalId();
        complete();
        pair.as(pair.mentor, get(api))
                .andExpect(jsonPath("$.goals[0].statement").value("Use an AI assistant weekly"))
                .andExpect(jsonPath("$.goals[0].attainment").doesNotExist());

        // the API names what is missing
        answer(pair.mentor, api, "{\"goals\": [], \"whatChanged\": \"" + "x".repeat(2001) + "\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        Matchers.containsInAnyOrder("goals[0].attainment", "whatChanged", "recommend")));
        answer(pair.mentor, api, body(goal, "\"ACHIEVED\"", MENTORS_SECRET, "\"YES\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mine.whatChanged").value(MENTORS_SECRET))
                .andExpect(jsonPath("$.goals[0].attainment").value("ACHIEVED"))
                .andExpect(jsonPath("$.partnerAnswered").value(false));

        // the mentee learns that the mentor answered, never what
        String menteeView = pair.as(pair.mentee, get(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partnerAnswered").value(true))
                .andExpect(jsonPath("$.mine").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(menteeView).doesNotContain(MENTORS_SECRET).doesNotContain("ACHIEVED");

        // the mentee answers on the page; the mentor's page never shows the mentee's words
        Cookie mentee = logIn(pair.mentee, ActivePair.PASSWORD);
        String form = page(mentee, "/participant/pairs/" + pair.pairId + "/wrap-up");
        assertThat(form)
                .contains("Use an AI assistant weekly", "Would you recommend", "has answered theirs")
                .doesNotContain(MENTORS_SECRET);
        mvc.perform(post("/participant/pairs/" + pair.pairId + "/wrap-up")
                        .cookie(mentee)
                        .with(csrf())
                        .param("goals[0].goalId", String.valueOf(goal))
                        .param("whatChanged", "I learned to listen"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Say whether you would recommend the program"));
        mvc.perform(post("/participant/pairs/" + pair.pairId + "/wrap-up")
                        .cookie(mentee)
                        .with(csrf())
                        .param("goals[0].goalId", String.valueOf(goal))
                        .param("goals[0].attainment", "NOT_ACHIEVED")
                        .param("whatChanged", "I learned to listen")
                        .param("recommend", "NO"))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("wrapup.saved"));
        assertThat(page(mentee, "/participant/pairs/" + pair.pairId + "/wrap-up"))
                .contains("I learned to listen");
        Cookie mentor = logIn(pair.mentor, ActivePair.PASSWORD);
        assertThat(page(mentor, "/participant/pairs/" + pair.pairId + "/wrap-up"))
                .contains(MENTORS_SECRET)
                .doesNotContain("I learned to listen");
        assertThat(page(mentor, "/participant/pairs/" + pair.pairId))
                .contains("Your wrap-up", "Your partner has answered theirs", "This program is over")
                .contains("Use an AI assistant weekly")
                .doesNotContain("I learned to listen")
                .doesNotContain("/participant/pairs/" + pair.pairId + "/sessions\"")
                .doesNotContain("/participant/pairs/" + pair.pairId + "/agreement\"");
        // the program is over: the agreement stays as it was
        pair.as(
                        pair.mentee,
                        put("/api/v1/pairs/" + pair.pairId + "/agreement")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\": \"Later\", \"goals\": " + GOAL + ", \"version\": 1}"))
                .andExpect(status().isConflict());
        // the admin sees that both answered, not what
        String admin = pair.admin(get(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answeredCount").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(admin).doesNotContain(MENTORS_SECRET).doesNotContain("I learned to listen");
    }

    @Test
    void executivesGetTheAggregateOnlyAndOutsidersNothing() throws Exception {
        long goal = goalId();
        complete();
        for (String who : new String[] {pair.mentor, pair.mentee}) {
            answer(who, api, body(goal, "\"ACHIEVED\"", "Shared words", "\"YES\""))
                    .andExpect(status().isOk());
        }
        String second = "/api/v1/pairs/" + pair.secondPairId + "/wrap-up";
        for (String who : new String[] {pair.outsider, pair.secondMentee}) {
            answer(who, second, "{\"goals\": [], \"recommend\": \"MAYBE\"}").andExpect(status().isOk());
        }
        String summary = "/api/v1/programs/" + pair.programId + "/wrap-ups/summary";
        // four answers: every figure and quote withheld, with the reason
        mvc.perform(get(summary).with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value(4))
                .andExpect(jsonPath("$.answered").value(4))
                .andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.reason").value(Matchers.containsString("Fewer than 5 people")))
                .andExpect(jsonPath("$.goals").doesNotExist())
                .andExpect(jsonPath("$.recommend").doesNotExist())
                .andExpect(jsonPath("$.quotes").isEmpty());
        pair.admin(get(summary)).andExpect(status().isOk());
        pair.as(pair.mentor, get(summary)).andExpect(status().isForbidden());
        Cookie executive = logIn(EXECUTIVE, DEMO_PASSWORD);
        assertThat(page(executive, "/impact/programs/" + pair.programId))
                .contains("Wrap-ups", "Fewer than 5 people have answered their wrap-up (4 so far, of 4 asked)")
                .doesNotContain("Shared words");

        // an executive never reads a pair's wrap-up; an outsider neither
        mvc.perform(get(api).with(httpBasic(EXECUTIVE, DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(put(api).with(httpBasic(EXECUTIVE, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        pair.as(pair.outsider, get(api)).andExpect(status().isForbidden());
        answer(pair.outsider, api, body(goal, "\"ACHIEVED\"", "x", "\"YES\"")).andExpect(status().isForbidden());
        Cookie outsider = logIn(pair.outsider, ActivePair.PASSWORD);
        mvc.perform(get("/participant/pairs/" + pair.pairId + "/wrap-up").cookie(outsider))
                .andExpect(status().isForbidden());
        pair.as(pair.outsider, get("/api/v1/pairs/999999999/wrap-up")).andExpect(status().isNotFound());
    }

    @Test
    void theWrapUpNoticeIsInTheProgramsOwnWording() throws Exception {
        pair.admin(put("/api/v1/programs/" + pair.programId + "/message-templates/WRAP_UP_DUE")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"Look back on {programName}, {firstName}\", \"body\": \"With"
                                + " {partnerName}, until {closesOn}: {link}\"}"))
                .andExpect(status().isOk());

        complete();

        Map<String, Object> notice = jdbc.queryForMap(
                "select n.subject, n.text from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.kind = 'WRAP_UP_DUE'",
                pair.mentor);
        String program = jdbc.queryForObject("select name from program where id = ?", String.class, pair.programId);
        String mentorName = jdbc.queryForObject("select name from person where email = ?", String.class, pair.mentor);
        String menteeName = jdbc.queryForObject("select name from person where email = ?", String.class, pair.mentee);
        assertThat(notice.get("subject"))
                .isEqualTo("Look back on " + program + ", " + mentorName.split(" ")[0]);
        assertThat((String) notice.get("text"))
                .startsWith("With " + menteeName + ", until ")
                .endsWith("/participant/pairs/" + pair.pairId + "/wrap-up");
    }

    private void closeEarly(long pairId) {
        long mentorId = jdbc.queryForObject("select mentor_id from mentoring_pair where id = ?", Long.class, pairId);
        long menteeId = jdbc.queryForObject("select mentee_id from mentoring_pair where id = ?", Long.class, pairId);
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new PairClosed(pairId, pair.programId, mentorId, menteeId, PairClosed.Reason.INACTIVE)));
    }

    private String page(Cookie who, String path) throws Exception {
        return mvc.perform(get(path).cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
