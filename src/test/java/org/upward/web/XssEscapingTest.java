package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.support.IntegrationTest;
import org.upward.support.Passwords;

/**
 * Stores a script tag and an attribute-breaking image tag in every free-text field a person can fill in —
 * people (through the CSV import page), skills, programs and objectives, enrollment interests, session notes
 * and action items, feedback, check-in blockers, planned meetings, flags, survey items and answers, business
 * outcomes, and the notifications that quote names — then opens every page that shows them: each shows the
 * escaped text and no live tag. A video link (shown as a link) must be http(s), never javascript:.
 */
class XssEscapingTest extends IntegrationTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final String ESCAPED =
            "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
    private static final String PASSWORD = "violet kettle under a bridge";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String mentor = "xss-mentor-" + run + "@example.com";
    private final String mentee = "xss-mentee-" + run + "@example.com";
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /** A field's value: a label saying which field it is, then both payloads. */
    private String xss(String label) {
        return label + run + SCRIPT + IMG;
    }

    /** How the field must appear on a page: the label, then the payloads as text. */
    private String escaped(String label) {
        return label + run + ESCAPED;
    }

    /** An interest tag is at most 60 characters: no room for the run in it. */
    private static final String TAG = "t" + SCRIPT + IMG;

    private static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD)));
    }

    private ResultActions as(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(email, PASSWORD)));
    }

    private static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    /** Opens the page and checks that it has no live payload and shows each of the labelled fields escaped. */
    private String assertEscaped(Cookie session, String path, String... labels) throws Exception {
        String page = mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertNoLiveTag(path, page);
        for (String label : labels) {
            assertThat(page).as(path + " shows " + label + " escaped").contains(escaped(label));
        }
        return page;
    }

    /** A paged list (newest start date first): every page is safe, and one of them shows the field. */
    private void assertListedEscaped(Cookie session, String path, String label) throws Exception {
        boolean shown = false;
        for (int page = 0; page < 20 && !shown; page++) {
            String body = mvc.perform(
                            get(path).param("page", String.valueOf(page)).cookie(session))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertNoLiveTag(path + "?page=" + page, body);
            shown = body.contains(escaped(label));
        }
        assertThat(shown).as(path + " lists " + label + " escaped").isTrue();
    }

    private static void assertNoLiveTag(String where, String page) {
        assertThat(page)
                .as(where + " has no live script or image tag")
                .doesNotContain("<script>alert")
                .doesNotContainIgnoringCase("<img src=x")
                .doesNotContain("onerror=alert(1)>");
    }

    @Test
    void everyStoredFreeTextIsShownEscapedOnEveryPage() throws Exception {
        Cookie adminSession = logIn(ADMIN);

        // a skill in the catalog
        String skill = xss("skill");
        admin(postJson("/api/v1/skills", "{\"name\": " + json(skill) + ", \"category\": \"OTHER\"}"))
                .andExpect(status().isCreated());

        // people through the CSV import page: preview, then confirm
        String people = "email,name,department,job_title,job_level\n"
                + mentor + "," + csv(xss("mentorname")) + "," + csv(xss("dept")) + "," + csv(xss("title")) + ",2\n"
                + mentee + "," + csv(xss("menteename")) + ",Finance," + csv(xss("title")) + ",8\n";
        MockMultipartFile file =
                new MockMultipartFile("file", "people.csv", "text/csv", people.getBytes(StandardCharsets.UTF_8));
        String preview = mvc.perform(multipart("/admin/people/import")
                        .file(file)
                        .cookie(adminSession)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertNoLiveTag("the import preview", preview);
        assertThat(preview).contains(escaped("mentorname"));
        Matcher importId = Pattern.compile("name=\"id\" value=\"([^\"]+)\"").matcher(preview);
        assertThat(importId.find()).isTrue();
        mvc.perform(post("/admin/people/import/confirm")
                        .param("id", importId.group(1))
                        .cookie(adminSession)
                        .with(csrf()))
                .andExpect(status().isFound());

        // a bad import file echoes the payload in its error list, escaped
        String bad = "email,name,department,job_level\nnot-an-email," + csv(xss("badname")) + "," + csv(xss("baddept"))
                + "," + csv(xss("badlevel")) + "\n";
        String errors = mvc.perform(multipart("/admin/people/import")
                        .file(new MockMultipartFile(
                                "file", "bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .cookie(adminSession)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertNoLiveTag("the import errors", errors);

        // a program with its texts and an objective
        String program = "{\"name\": " + json(xss("progname")) + ", \"description\": " + json(xss("description"))
                + ", \"successCriteria\": " + json(xss("criteria")) + ", \"startDate\": \"" + today.minusDays(30)
                + "\", \"endDate\": \"2099-12-17\", \"checkInCadenceWeeks\": 2, \"cost\": 1000"
                + ", \"sponsorEmail\": \"exec@demo.upward.app\", \"objectives\": [{\"statement\": "
                + json(xss("statement")) + ", \"focusSkills\": [" + json(skill) + "], \"outcomeMeasure\": "
                + json(xss("measure")) + "}], \"matching\": {\"skillGapWeight\": 0.6, \"sharedInterestWeight\": 0.25,"
                + " \"workStyleWeight\": 0.15, \"minScore\": 0, \"excludeSameDepartment\": false,"
                + " \"objective\": \"TOTAL_SCORE\", \"mode\": \"ADMIN_LED\"}}";
        long programId = id(admin(postJson("/api/v1/programs", program)).andExpect(status().isCreated()));
        transition(programId, "ENROLLING");

        // enrollments with the skill and an interest tag
        String enrollments = "email,side,skills_offered,skills_wanted,interests,work_style,capacity\n"
                + mentor + ",MENTOR," + csv(skill + ":5") + ",," + csv(TAG) + ",INTROVERT,1\n"
                + mentee + ",MENTEE,," + csv(skill + ":1:HIGH") + "," + csv(TAG) + ",INTROVERT,\n";
        admin(post("/api/v1/programs/" + programId + "/enrollments/import")
                        .contentType("text/csv")
                        .content(enrollments))
                .andExpect(status().isOk());
        transition(programId, "MATCHING");
        long pairId = id(admin(postJson(
                        "/api/v1/programs/" + programId + "/pairs",
                        "{\"mentorEmail\": \"" + mentor + "\", \"menteeEmail\": \"" + mentee + "\"}"))
                .andExpect(status().isCreated()));
        admin(post("/api/v1/pairs/" + pairId + "/approve")).andExpect(status().isOk());
        admin(post("/api/v1/pairs/" + pairId + "/activate")).andExpect(status().isOk());
        Passwords.setThroughInvitation(mvc, mentor, PASSWORD);
        Passwords.setThroughInvitation(mvc, mentee, PASSWORD);
        transition(programId, "RUNNING");

        // what the partners write
        long sessionId = id(as(
                        mentor,
                        postJson(
                                "/api/v1/pairs/" + pairId + "/sessions",
                                "{\"date\": \"" + today + "\", \"durationMinutes\": 45, \"format\": \"VIDEO\","
                                        + " \"skillsCovered\": [" + json(skill) + "], \"notes\": "
                                        + json(xss("notes")) + ", \"actionItems\": " + json(xss("actions")) + "}"))
                .andExpect(status().isCreated()));
        as(
                        mentee,
                        postJson(
                                "/api/v1/sessions/" + sessionId + "/feedback",
                                "{\"rating\": 4, \"learned\": " + json(xss("learned")) + ", \"taught\": "
                                        + json(xss("taught")) + ", \"privateReflection\": " + json(xss("private"))
                                        + "}"))
                .andExpect(status().is2xxSuccessful());
        as(
                        mentee,
                        postJson(
                                "/api/v1/pairs/" + pairId + "/check-ins",
                                "{\"rating\": 3, \"blocker\": " + json(xss("blocker")) + "}"))
                .andExpect(status().is2xxSuccessful());
        as(
                        mentor,
                        postJson(
                                "/api/v1/pairs/" + pairId + "/planned-sessions",
                                "{\"date\": \"" + today.plusDays(3) + "\", \"startTime\": \"12:30\", \"timeZone\":"
                                        + " \"Europe/Berlin\", \"durationMinutes\": 30, \"format\": \"IN_PERSON\","
                                        + " \"place\": " + json(xss("place")) + ", \"agenda\": "
                                        + json(xss("agenda")) + "}"))
                .andExpect(status().isCreated());
        as(
                        mentor,
                        postJson(
                                "/api/v1/pairs/" + pairId + "/planned-sessions",
                                "{\"date\": \"" + today.plusDays(4) + "\", \"startTime\": \"12:30\", \"timeZone\":"
                                        + " \"Europe/Berlin\", \"durationMinutes\": 30, \"format\": \"VIDEO\","
                                        + " \"videoLink\": \"javascript:alert(1)\"}"))
                .andExpect(status().isUnprocessableContent());
        as(mentee, postJson("/api/v1/pairs/" + pairId + "/flag", "{\"note\": " + json(xss("flag")) + "}"))
                .andExpect(status().isOk());

        // a survey with a custom text question, answered
        long itemId = id(admin(postJson(
                        "/api/v1/programs/" + programId + "/survey-items",
                        "{\"question\": " + json(xss("question")) + ", \"kind\": \"TEXT\"}"))
                .andExpect(status().isCreated()));
        admin(postJson(
                        "/api/v1/programs/" + programId + "/survey-waves",
                        "{\"wave\": \"BASELINE\", \"opensOn\": \"" + today + "\", \"closesOn\": \"" + today.plusDays(14)
                                + "\"}"))
                .andExpect(status().isCreated());
        as(
                        mentor,
                        postJson(
                                "/api/v1/programs/" + programId + "/surveys/BASELINE/responses",
                                "{\"collaboration\": 4, \"satisfaction\": 4, \"intergenerationalCommunication\": 5,"
                                        + " \"recommend\": 9, \"comments\": " + json(xss("comments"))
                                        + ", \"custom\": {\"" + itemId + "\": " + json(xss("answer")) + "}}"))
                .andExpect(status().is2xxSuccessful());

        // a business outcome
        admin(postJson(
                        "/api/v1/programs/" + programId + "/outcomes",
                        "{\"type\": \"NEW_IDEA\", \"description\": " + json(xss("outcome")) + ", \"value\": 100,"
                                + " \"date\": \"" + today + "\", \"pairId\": " + pairId + "}"))
                .andExpect(status().isCreated());

        // the admin's pages
        String programPage = "/admin/programs/" + programId;
        assertEscaped(adminSession, "/admin/people?q=" + run, "mentorname", "menteename", "dept", "title");
        assertEscaped(adminSession, "/admin/people/" + mentor + "/edit", "mentorname", "dept", "title");
        assertEscaped(adminSession, "/admin/skills", "skill");
        assertListedEscaped(adminSession, "/admin/programs", "progname");
        assertEscaped(
                adminSession, programPage, "progname", "description", "criteria", "statement", "measure", "skill");
        assertEscaped(
                adminSession, programPage + "/edit", "progname", "description", "criteria", "statement", "measure");
        assertEscaped(adminSession, programPage + "/enrollments", "mentorname", "menteename", "dept", "skill");
        assertEscaped(adminSession, programPage + "/pairing", "mentorname", "menteename", "flag");
        assertEscaped(adminSession, programPage + "/status", "mentorname", "menteename");
        assertEscaped(adminSession, programPage + "/outcomes", "outcome");
        assertEscaped(adminSession, programPage + "/surveys", "question");
        assertEscaped(adminSession, programPage + "/assessments", "progname");
        assertEscaped(adminSession, "/admin");
        assertEscaped(adminSession, "/admin/accounts", "mentorname");
        assertEscaped(adminSession, "/notifications");
        assertEscaped(adminSession, "/impact/programs/" + programId, "progname");

        // the executive's
        Cookie executive = logIn(EXECUTIVE);
        assertEscaped(executive, "/executive", "progname");
        assertEscaped(executive, "/impact/programs/" + programId, "progname");
        // the sponsor was told they sponsor it, with its name
        assertEscaped(executive, "/notifications", "progname");

        // the partners'
        Cookie mentorSession = logIn(mentor, PASSWORD);
        Cookie menteeSession = logIn(mentee, PASSWORD);
        assertEscaped(mentorSession, "/participant", "progname", "menteename");
        assertEscaped(
                mentorSession,
                "/participant/pairs/" + pairId,
                "menteename",
                "notes",
                "actions",
                "learned",
                "taught",
                "place",
                "agenda",
                "skill");
        String menteePair = assertEscaped(menteeSession, "/participant/pairs/" + pairId, "mentorname", "private");
        assertThat(menteePair).contains(escaped("notes"));
        assertEscaped(mentorSession, "/participant/sessions/" + sessionId + "/edit", "notes", "actions");
        long enrollmentId = jdbc.queryForObject(
                "select e.id from enrollment e join person p on p.id = e.person_id where p.email = ?",
                Long.class,
                mentor);
        String profile = assertEscaped(mentorSession, "/participant/enrollments/" + enrollmentId, "skill");
        assertThat(profile).contains("t" + ESCAPED);
        assertEscaped(menteeSession, "/surveys/" + programId + "/BASELINE", "question");
        assertEscaped(menteeSession, "/notifications", "mentorname");
        assertEscaped(menteeSession, "/participant");

        // a swap's reason, in the pairing history
        admin(postJson("/api/v1/pairs/" + pairId + "/swap", "{\"reason\": " + json(xss("swap")) + "}"))
                .andExpect(status().isOk());
        assertEscaped(adminSession, programPage + "/pairing", "swap");

        // error pages that name what was asked for
        String missing = mvc.perform(get("/admin/people/{email}/edit", xss("nobody") + "@example.com")
                        .cookie(adminSession))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertNoLiveTag("the error page", missing);
    }

    private void transition(long programId, String to) throws Exception {
        admin(postJson("/api/v1/programs/" + programId + "/transitions", "{\"to\": \"" + to + "\"}"))
                .andExpect(status().isOk());
    }
}
