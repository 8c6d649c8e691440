package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;
import org.upward.support.Passwords;

/**
 * Swapping someone else's id into a URL or a body, by page and by API: the answer is 403 or 404 and nothing is read
 * or written. Two active pairs in one program: A (mentor, mentee) and B (outsider, second mentee). The authorization
 * matrix calls every endpoint with a stranger's credentials; these tests mix ids: one's own pair in the URL with
 * another pair's meeting, session or enrollment, and a program's admin pages with another program's pair.
 */
class ObjectLevelAccessTest extends IntegrationTest {

    private static final ResultMatcher REFUSED =
            result -> assertThat(result.getResponse().getStatus())
                    .as("refused with 403 or 404")
                    .isIn(403, 404);

    private final String nextWeek = LocalDate.now(ZoneOffset.UTC).plusWeeks(1).toString();
    private ActivePair pairs;
    private String a;
    private String b;

    @BeforeEach
    void twoPairs() throws Exception {
        pairs = ActivePair.twoPairs(mvc, "2025-01-06", 2);
        pairs.pairedOn(jdbc, "2025-01-06");
        a = String.valueOf(pairs.pairId);
        b = String.valueOf(pairs.secondPairId);
    }

    @Test
    void aMeetingOfAnotherPairIsNotFoundThroughOnesOwnPairAndStaysPlanned() throws Exception {
        long meeting = ActivePair.id(pairs.as(
                        pairs.outsider,
                        post("/api/v1/pairs/" + b + "/planned-sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(plannedJson()))
                .andExpect(status().isCreated()));
        String api = "/api/v1/pairs/" + a + "/planned-sessions/" + meeting;
        pairs.as(pairs.mentor, get(api)).andExpect(status().isNotFound());
        pairs.as(pairs.mentor, get(api + ".ics")).andExpect(status().isNotFound());
        pairs.as(pairs.mentor, delete(api)).andExpect(status().isNotFound());
        pairs.admin(get(api)).andExpect(status().isNotFound());
        Cookie mentor = logIn(pairs.mentor, ActivePair.PASSWORD);
        mvc.perform(get("/pairs/" + a + "/planned/" + meeting + ".ics").cookie(mentor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/participant/pairs/" + a)
                        .param("plan", String.valueOf(meeting))
                        .cookie(mentor))
                .andExpect(status().isNotFound());
        mvc.perform(post("/participant/pairs/" + a + "/planned/" + meeting + "/cancel")
                        .cookie(mentor)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/participant/pairs/" + a + "/sessions")
                        .param("date", "2025-02-11")
                        .param("durationMinutes", "30")
                        .param("format", "VIDEO")
                        .param("plannedId", String.valueOf(meeting))
                        .cookie(mentor)
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(count("select count(*) from planned_session where id = ? and session_id is null", meeting))
                .isOne();
        assertThat(count("select count(*) from mentoring_session where pair_id = ?", pairs.pairId))
                .isZero();
    }

    @Test
    void aSessionOfAnotherPairCannotBeReadEditedRatedOrCheckedIntoByPageOrApi() throws Exception {
        long session = ActivePair.id(pairs.as(
                        pairs.outsider,
                        post("/api/v1/pairs/" + b + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(sessionJson("B's own notes", null)))
                .andExpect(status().isCreated()));
        String api = "/api/v1/sessions/" + session;
        pairs.as(pairs.mentor, get(api)).andExpect(REFUSED);
        pairs.as(pairs.mentor, get("/api/v1/pairs/" + b + "/sessions")).andExpect(REFUSED);
        pairs.as(pairs.mentor, json(put(api), sessionJson("overwritten", 0L))).andExpect(REFUSED);
        pairs.as(pairs.mentor, json(post(api + "/feedback"), "{\"rating\": 1}")).andExpect(REFUSED);
        pairs.as(pairs.mentor, get(api + "/feedback/mine")).andExpect(REFUSED);
        pairs.as(pairs.mentor, json(post("/api/v1/pairs/" + b + "/check-ins"), "{\"rating\": 1}"))
                .andExpect(REFUSED);
        pairs.as(pairs.mentor, json(post("/api/v1/pairs/" + b + "/sessions"), sessionJson("planted", null)))
                .andExpect(REFUSED);

        Cookie mentor = logIn(pairs.mentor, ActivePair.PASSWORD);
        page(mentor, get("/participant/pairs/" + b)).andExpect(REFUSED);
        page(mentor, get("/participant/sessions/" + session + "/edit")).andExpect(REFUSED);
        page(
                        mentor,
                        post("/participant/sessions/" + session)
                                .param("date", "2025-02-11")
                                .param("durationMinutes", "30")
                                .param("format", "VIDEO")
                                .param("notes", "overwritten")
                                .param("version", "0"))
                .andExpect(REFUSED);
        page(mentor, post("/participant/sessions/" + session + "/feedback").param("rating", "1"))
                .andExpect(REFUSED);
        page(mentor, post("/participant/pairs/" + b + "/check-ins").param("rating", "1"))
                .andExpect(REFUSED);
        page(
                        mentor,
                        post("/participant/pairs/" + b + "/sessions")
                                .param("date", "2025-02-11")
                                .param("durationMinutes", "30")
                                .param("format", "VIDEO"))
                .andExpect(REFUSED);
        page(
                        mentor,
                        post("/participant/pairs/" + b + "/planned")
                                .param("date", nextWeek)
                                .param("startTime", "12:30")
                                .param("durationMinutes", "40")
                                .param("format", "VIDEO"))
                .andExpect(REFUSED);
        page(mentor, post("/participant/pairs/" + b + "/flag").param("note", "planted"))
                .andExpect(REFUSED);

        assertThat(jdbc.queryForObject(
                        "select notes || ' v' || version from mentoring_session where id = ?", String.class, session))
                .isEqualTo("B's own notes v0");
        assertThat(count("select count(*) from mentoring_session where pair_id = ?", pairs.secondPairId))
                .isOne();
        assertThat(count("select count(*) from session_feedback where session_id = ?", session))
                .isZero();
        assertThat(count("select count(*) from pair_check_in where pair_id = ?", pairs.secondPairId))
                .isZero();
        assertThat(count("select count(*) from planned_session where pair_id = ?", pairs.secondPairId))
                .isZero();
        assertThat(count("select count(*) from mentoring_pair where id = ? and flagged", pairs.secondPairId))
                .isZero();
    }

    @Test
    void anotherPersonsNotificationTokenAndEnrollmentAreRefusedAndLeftAsTheyWere() throws Exception {
        long notice = jdbc.queryForObject(
                "select min(n.id) from notification n join person p on p.id = n.person_id where p.email = ?",
                Long.class,
                pairs.mentee);
        String token = JsonPath.read(
                pairs.as(pairs.mentee, json(post("/api/v1/tokens"), "{\"name\": \"mine\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.token");
        long tokenId = jdbc.queryForObject(
                "select max(t.id) from api_token t join account a on a.id = t.account_id"
                        + " join person p on p.id = a.person_id where p.email = ?",
                Long.class,
                pairs.mentee);
        long enrollment = jdbc.queryForObject(
                "select e.id from enrollment e join person p on p.id = e.person_id where p.email = ? and program_id = ?",
                Long.class,
                pairs.mentee,
                pairs.programId);

        pairs.as(pairs.mentor, post("/api/v1/notifications/" + notice + "/read"))
                .andExpect(status().isNotFound());
        pairs.as(pairs.mentor, delete("/api/v1/tokens/" + tokenId)).andExpect(status().isNotFound());
        pairs.admin(delete("/api/v1/tokens/" + tokenId)).andExpect(status().isNotFound());
        Cookie mentor = logIn(pairs.mentor, ActivePair.PASSWORD);
        page(mentor, post("/notifications/" + notice + "/open")).andExpect(REFUSED);
        page(mentor, get("/participant/enrollments/" + enrollment)).andExpect(REFUSED);
        page(
                        mentor,
                        post("/participant/enrollments/" + enrollment)
                                .param("interests", "planted")
                                .param("version", "0"))
                .andExpect(REFUSED);

        assertThat(count("select count(*) from notification where id = ? and read_at is null", notice))
                .isOne();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        assertThat(count("select count(*) from enrollment where id = ? and version = 0", enrollment))
                .isOne();
    }

    @Test
    void aProgramsAdminPagesDoNotReachAPairOrPairRequestOfAnotherProgram() throws Exception {
        ActivePair elsewhere = ActivePair.create(mvc, "2025-01-06", 2);
        String wrongProgram = "/admin/programs/" + elsewhere.programId + "/pairing/pairs/" + a;
        Cookie admin = logIn(ADMIN);
        for (String action : new String[] {"approve", "reject", "activate", "flag", "swap"}) {
            page(admin, post(wrongProgram + "/" + action).param("text", "wrong program"))
                    .andExpect(status().isNotFound());
        }
        long enrollment = jdbc.queryForObject(
                "select e.id from enrollment e join person p on p.id = e.person_id where p.email = ? and program_id = ?",
                Long.class,
                pairs.mentee,
                pairs.programId);
        page(admin, post("/admin/programs/" + elsewhere.programId + "/enrollments/" + enrollment + "/withdraw"))
                .andExpect(status().isNotFound());
        long outcome = ActivePair.id(pairs.admin(json(
                        post("/api/v1/programs/" + pairs.programId + "/outcomes"),
                        "{\"type\": \"NEW_IDEA\", \"description\": \"kept\", \"value\": 1, \"date\": \"2025-03-03\"}"))
                .andExpect(status().isCreated()));
        pairs.admin(delete("/api/v1/programs/" + elsewhere.programId + "/outcomes/" + outcome))
                .andExpect(status().isNotFound());
        page(admin, post("/admin/programs/" + elsewhere.programId + "/outcomes/" + outcome + "/delete"))
                .andExpect(status().isNotFound());
        pairs.admin(json(
                        post("/api/v1/programs/" + elsewhere.programId + "/outcomes"),
                        "{\"type\": \"NEW_IDEA\", \"description\": \"x\", \"value\": 1, \"date\": \"2025-03-03\","
                                + " \"pairId\": " + a + "}"))
                .andExpect(status().isUnprocessableContent());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String waveJson = "{\"wave\": \"BASELINE\", \"opensOn\": \"" + today.minusDays(1) + "\", \"closesOn\": \""
                + today.plusDays(9) + "\"}";
        long wave =
                ActivePair.id(pairs.admin(json(post("/api/v1/programs/" + pairs.programId + "/survey-waves"), waveJson))
                        .andExpect(status().isCreated()));
        pairs.admin(json(put("/api/v1/programs/" + elsewhere.programId + "/survey-waves/" + wave), waveJson))
                .andExpect(status().isNotFound());
        page(admin, post("/admin/programs/" + elsewhere.programId + "/surveys/waves/" + wave + "/reminders"))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject(
                        "select status || ' ' || flagged from mentoring_pair where id = ?", String.class, pairs.pairId))
                .isEqualTo("ACTIVE false");
        assertThat(count("select count(*) from enrollment where id = ? and status = 'ACCEPTED'", enrollment))
                .isOne();
        assertThat(count("select count(*) from business_outcome where id = ?", outcome))
                .isOne();
    }

    @Test
    void anAcceptedPairRequestIsNotConfirmedThroughAnotherProgramsPage() throws Exception {
        String run = pairs.run;
        String mentor = "choice-mentor-" + run + "@example.com";
        String mentee = "choice-mentee-" + run + "@example.com";
        pairs.admin(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content("email,name,department,job_level\n" + mentor + ",Cho Mentor,IT,2\n" + mentee
                                + ",Cho Mentee,Finance,8\n"))
                .andExpect(status().isOk());
        Passwords.setThroughInvitation(mvc, mentor, ActivePair.PASSWORD);
        Passwords.setThroughInvitation(mvc, mentee, ActivePair.PASSWORD);
        long program = ActivePair.id(pairs.admin(json(
                        post("/api/v1/programs"),
                        "{\"name\": \"Choice " + run + "\", \"startDate\": \"2027-01-11\", \"endDate\": \"2027-12-17\","
                                + " \"sponsorEmail\": \"" + EXECUTIVE
                                + "\", \"objectives\": [{\"statement\": \"Use AI\","
                                + " \"focusSkills\": [\"AI assistants\"], \"outcomeMeasure\": \"POST >= 3.5\"}],"
                                + " \"matching\": {\"skillGapWeight\": 0.6, \"sharedInterestWeight\": 0.25,"
                                + " \"workStyleWeight\": 0.15, \"minScore\": 0, \"excludeSameDepartment\": false,"
                                + " \"objective\": \"TOTAL_SCORE\", \"mode\": \"PARTICIPANT_CHOICE\"}}"))
                .andExpect(status().isCreated()));
        transition(program, "ENROLLING");
        pairs.admin(post("/api/v1/programs/" + program + "/enrollments/import")
                        .contentType("text/csv")
                        .content("email,side,skills_offered,skills_wanted,interests,work_style,capacity\n" + mentor
                                + ",MENTOR,AI assistants:5,,golf,INTROVERT,1\n" + mentee
                                + ",MENTEE,,AI assistants:1:HIGH,golf,INTROVERT,\n"))
                .andExpect(status().isOk());
        transition(program, "MATCHING");
        long request = ActivePair.id(pairs.as(
                        mentee,
                        json(
                                post("/api/v1/programs/" + program + "/pair-requests"),
                                "{\"mentorEmail\": \"" + mentor + "\"}"))
                .andExpect(status().isCreated()));
        pairs.as(mentee, post("/api/v1/pair-requests/" + request + "/accept")).andExpect(REFUSED);
        pairs.as(mentor, post("/api/v1/pair-requests/" + request + "/accept")).andExpect(status().isOk());

        page(logIn(ADMIN), post("/admin/programs/" + pairs.programId + "/pairing/requests/" + request + "/confirm"))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select status from pair_request where id = ?", String.class, request))
                .isEqualTo("ACCEPTED");
    }

    private void transition(long program, String to) throws Exception {
        pairs.admin(json(post("/api/v1/programs/" + program + "/transitions"), "{\"to\": \"" + to + "\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aSurveyDraftIsItsAuthorsAlone() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        pairs.admin(json(
                        post("/api/v1/programs/" + pairs.programId + "/survey-waves"),
                        "{\"wave\": \"BASELINE\", \"opensOn\": \"" + today.minusDays(1) + "\", \"closesOn\": \""
                                + today.plusDays(9) + "\"}"))
                .andExpect(status().isCreated());
        String wave = "/surveys/" + pairs.programId + "/BASELINE";
        Cookie mentor = logIn(pairs.mentor, ActivePair.PASSWORD);
        page(mentor, post(wave).param("action", "save").param("comments", "draft-" + pairs.run))
                .andExpect(status().isFound());
        page(mentor, get(wave))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("draft-" + pairs.run)));
        page(logIn(pairs.mentee, ActivePair.PASSWORD), get(wave))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("draft-" + pairs.run))));
        page(logIn(EXECUTIVE), get(wave)).andExpect(status().isForbidden());
    }

    private String plannedJson() {
        return "{\"date\": \"" + nextWeek + "\", \"startTime\": \"10:00\", \"timeZone\": \"UTC\","
                + " \"durationMinutes\": 45, \"format\": \"VIDEO\", \"agenda\": \"B's meeting\"}";
    }

    private static String sessionJson(String notes, Long version) {
        return "{\"date\": \"2025-02-03\", \"durationMinutes\": 45, \"format\": \"VIDEO\", \"skillsCovered\": [],"
                + " \"notes\": \"" + notes + "\", \"actionItems\": \"\""
                + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private ResultActions page(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(session).with(csrf()));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
