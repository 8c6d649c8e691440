package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.enrollment.EnrollmentService;
import org.upward.enrollment.Side;
import org.upward.sessions.ActivePair;
import org.upward.support.BrowserTest;
import org.upward.support.MutableClock;
import org.upward.support.Passwords;

/**
 * Issue 9's participant journey in Chromium, on fresh people in a fresh program: the mentee completes their
 * profile; once HR has approved the pair, the mentor plans the intro coffee chat from their home page, downloads
 * its invite and, after the chat, logs it from the planned meeting; the mentee gives feedback; both check in from
 * their to-do list. The assessment and survey parts of the journey are {@link AnswerAssessmentBrowserTest} and
 * {@code AnswerSurveyBrowserTest}.
 */
class ParticipantJourneyBrowserTest extends BrowserTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String mentor = "journey-mentor-" + run + "@example.com";
    private final String mentee = "journey-mentee-" + run + "@example.com";
    private final String mentorName = "Mo Mentor " + run;
    private final String menteeName = "Ella Mentee " + run;
    private final String programName = "Journey " + run;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    MutableClock clock;

    @AfterEach
    void timeGoesOnAsUsual() {
        clock.reset();
    }

    @Test
    void aMenteeCompletesTheirProfileThePairPlansAndLogsTheIntroChatGivesFeedbackAndBothCheckIn() throws Exception {
        long programId = enrollingProgram();
        long menteeEnrollment =
                enrollments.enroll(programId, mentee, Side.MENTEE).id();

        // the mentee completes their profile
        signIn(mentee, ActivePair.PASSWORD);
        assertThat(mainOnceItSays(programName)).contains("Your profile is not complete yet");
        click(By.linkText("Complete your profile"));
        assertThat(mainOnceItSays("Skills I want to learn")).contains("You are a mentee");
        type("wanted-0", "AI assistants");
        new Select(browser.findElement(By.id("wanted-level-0"))).selectByVisibleText("1/5");
        new Select(browser.findElement(By.id("wanted-priority-0"))).selectByVisibleText("High");
        type("wanted-1", "TikTok");
        new Select(browser.findElement(By.id("wanted-level-1"))).selectByVisibleText("2/5");
        new Select(browser.findElement(By.id("wanted-priority-1"))).selectByVisibleText("Medium");
        type("interests", "golf, sustainability");
        click(By.cssSelector("label[for='ws-INTROVERT']"));
        click(By.cssSelector("label[for='mp-VIDEO']"));
        click(By.xpath("//button[contains(., 'Save my profile')]"));
        assertThat(mainOnceItSays("Your profile is saved."))
                .contains("Your profile is complete.", "Edit your profile")
                .doesNotContain("not complete yet");
        Map<String, Object> profile = jdbc.queryForMap(
                "select work_style, meeting_preference,"
                        + " (select count(*) from enrollment_skill_wanted w where w.enrollment_id = e.id) as wanted,"
                        + " (select string_agg(tag, ',' order by tag) from enrollment_interest i"
                        + " where i.enrollment_id = e.id) as interests from enrollment e where e.id = ?",
                menteeEnrollment);
        assertThat(profile)
                .containsEntry("work_style", "INTROVERT")
                .containsEntry("meeting_preference", "VIDEO")
                .containsEntry("wanted", 2L)
                .containsEntry("interests", "golf,sustainability");

        // HR pairs them
        transition(programId, "MATCHING");
        long pairId = ActivePair.id(admin(post("/api/v1/programs/" + programId + "/pairs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorEmail\": \"" + mentor + "\", \"menteeEmail\": \"" + mentee + "\"}"))
                .andExpect(status().isCreated()));
        admin(post("/api/v1/pairs/" + pairId + "/approve")).andExpect(status().isOk());

        // the mentor plans the intro chat for tomorrow from their home page
        signIn(mentor, ActivePair.PASSWORD);
        assertThat(mainOnceItSays("Next: an intro coffee chat with " + menteeName))
                .doesNotContain("Our sessions");
        click(By.linkText("Plan your intro chat"));
        assertThat(mainOnceItSays("You and " + menteeName))
                .contains("You haven't met " + menteeName + " yet: plan your intro chat");
        LocalDate tomorrow = today.plusDays(1);
        WebElement date = browser.findElement(By.id("plan-date"));
        // a date field's typing order depends on the browser's locale: set the ISO value as the field stores it
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, tomorrow.toString());
        type("plan-agenda", "Who we are and what we hope for");
        click(By.xpath("//button[contains(., 'Plan it')]"));
        String planned = mainOnceItSays("Meeting planned.");
        assertThat(planned)
                .contains("Intro chat", "12:30", "Who we are and what we hope for", "Add to calendar (.ics)")
                .doesNotContain("You haven't met");
        long meeting = jdbc.queryForObject(
                "select id from planned_session where pair_id = ? and intro_chat", Long.class, pairId);
        assertThat(jdbc.queryForObject("select planned_by from planned_session where id = ?", String.class, meeting))
                .isEqualTo(mentor);

        // its invite is a calendar file, downloaded with the mentor's browser session
        String ics = browser.findElement(By.partialLinkText("Add to calendar")).getAttribute("href");
        assertThat(ics).endsWith("/pairs/" + pairId + "/planned/" + meeting + ".ics");
        HttpResponse<String> invite = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ics))
                                .header(
                                        "Cookie",
                                        "SESSION="
                                                + browser.manage()
                                                        .getCookieNamed("SESSION")
                                                        .getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(invite.statusCode()).isEqualTo(200);
        assertThat(invite.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(invite.body().replace("\r\n ", ""))
                .contains("BEGIN:VCALENDAR", "SUMMARY:Intro chat with " + menteeName);

        // two days later the chat has happened: HR marks the pair active and the program runs
        clock.advance(Duration.ofDays(2));
        admin(post("/api/v1/pairs/" + pairId + "/activate")).andExpect(status().isOk());
        transition(programId, "RUNNING");

        // the mentor logs the chat from the planned meeting and checks in from their to-do list
        open("/participant");
        assertThat(mainOnceItSays("Check in with " + menteeName)).doesNotContain("Next: an intro coffee chat");
        click(By.partialLinkText("Check in with " + menteeName));
        assertThat(mainOnceItSays("One-minute check-in")).contains("Intro chat");
        click(By.linkText("Log it"));
        assertThat(mainOnceItSays("Logging your planned meeting of")).isNotEmpty();
        assertThat(browser.findElement(By.id("date")).getAttribute("value")).isEqualTo(tomorrow.toString());
        assertThat(browser.findElement(By.id("durationMinutes")).getAttribute("value"))
                .isEqualTo("45");
        assertThat(browser.findElement(By.id("format-VIDEO")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("notes")).getAttribute("value"))
                .isEqualTo("Who we are and what we hope for");
        click(By.cssSelector("label[for='skill-0']"));
        click(By.cssSelector("label[for='log-rating-5']"));
        type("taught", "Which AI assistant for which task");
        click(By.xpath("//button[contains(., 'Log session')]"));
        assertThat(mainOnceItSays("Session logged. Thank you!"))
                .contains("Which AI assistant for which task", "Logged by you")
                .doesNotContain("Log it");
        long sessionId = jdbc.queryForObject("select id from mentoring_session where pair_id = ?", Long.class, pairId);
        assertThat(jdbc.queryForObject("select session_id from planned_session where id = ?", Long.class, meeting))
                .isEqualTo(sessionId);
        assertThat(jdbc.queryForObject(
                        "select held_on from mentoring_session where id = ?", LocalDate.class, sessionId))
                .isEqualTo(tomorrow);
        checkIn(pairId, 5, "Nothing: off to a good start");

        open("/participant");
        assertThat(mainOnceItSays("Our sessions")).doesNotContain("Check in with");
        assertThat(checkIns(pairId, mentor)).isEqualTo(1);

        // the mentee gives feedback on the logged chat, then checks in from their to-do list
        signIn(mentee, ActivePair.PASSWORD);
        assertThat(mainOnceItSays("Check in with " + mentorName)).contains("Our sessions");
        click(By.xpath("//a[contains(., 'Our sessions')]"));
        assertThat(mainOnceItSays("Which AI assistant for which task"))
                .contains("Add your feedback", "Logged by " + mentorName);
        click(By.cssSelector("label[for='fb-" + sessionId + "-4']"));
        type("learned-" + sessionId, "Three assistants and when to use which");
        type("reflection-" + sessionId, "for-my-eyes-only " + run);
        click(By.xpath("//article//button[contains(., 'Save feedback')]"));
        assertThat(mainOnceItSays("Feedback saved."))
                .contains("Three assistants and when to use which")
                .doesNotContain("for-my-eyes-only");
        assertThat(jdbc.queryForMap(
                        "select f.rating, f.learned from session_feedback f join person p on p.id = f.author_id"
                                + " where f.session_id = ? and p.email = ?",
                        sessionId,
                        mentee))
                .containsEntry("rating", 4)
                .containsEntry("learned", "Three assistants and when to use which");

        open("/participant");
        click(By.partialLinkText("Check in with " + mentorName));
        assertThat(mainOnceItSays("One-minute check-in")).isNotEmpty();
        checkIn(pairId, 4, "Finding a quiet slot");
        open("/participant");
        assertThat(mainOnceItSays("Your partners")).doesNotContain("Check in with");
        assertThat(checkIns(pairId, mentee)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select c.blocker from pair_check_in c join person p on p.id = c.person_id"
                                + " where c.pair_id = ? and p.email = ?",
                        String.class,
                        pairId,
                        mentee))
                .isEqualTo("Finding a quiet slot");
    }

    /** Answers the check-in on the pair page shown. */
    private void checkIn(long pairId, int rating, String blocker) {
        click(By.cssSelector("label[for='checkin-" + rating + "']"));
        type("blocker", blocker);
        click(By.xpath("//button[normalize-space() = 'Check in']"));
        assertThat(mainOnceItSays("Check-in saved. Thank you!")).contains("You checked in on", "(" + rating + "/5)");
        assertThat(browser.getCurrentUrl()).endsWith("/participant/pairs/" + pairId);
    }

    private int checkIns(long pairId, String email) {
        return jdbc.queryForObject(
                "select count(*) from pair_check_in c join person p on p.id = c.person_id"
                        + " where c.pair_id = ? and p.email = ?",
                Integer.class,
                pairId,
                email);
    }

    /**
     * Two fresh people and a program started a week ago, enrolling: the mentor's profile comes complete from the
     * enrollment file; the mentee is enrolled later with an empty one. Both get a password through an invitation.
     */
    private long enrollingProgram() throws Exception {
        admin(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content("email,name,department,job_level\n" + mentor + "," + mentorName + ",IT,2\n" + mentee
                                + "," + menteeName + ",Finance,8\n"))
                .andExpect(status().isOk());
        String program = "{\"name\": \"" + programName + "\", \"startDate\": \"" + today.minusWeeks(1)
                + "\", \"endDate\": \"2099-12-17\", \"checkInCadenceWeeks\": 2,"
                + " \"sponsorEmail\": \"exec@demo.upward.app\", \"objectives\": [{\"statement\": \"Use AI\","
                + " \"focusSkills\": [\"AI assistants\", \"TikTok\"], \"outcomeMeasure\": \"POST >= 3.5\"}],"
                + " \"matching\": {\"skillGapWeight\": 0.6, \"sharedInterestWeight\": 0.25, \"workStyleWeight\": 0.15,"
                + " \"minScore\": 0, \"excludeSameDepartment\": false, \"objective\": \"TOTAL_SCORE\","
                + " \"mode\": \"ADMIN_LED\"}}";
        long programId = ActivePair.id(admin(post("/api/v1/programs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program))
                .andExpect(status().isCreated()));
        transition(programId, "ENROLLING");
        admin(post("/api/v1/programs/" + programId + "/enrollments/import")
                        .contentType("text/csv")
                        .content("email,side,skills_offered,skills_wanted,interests,work_style,capacity\n" + mentor
                                + ",MENTOR,AI assistants:5;TikTok:5,,golf,INTROVERT,2\n"))
                .andExpect(status().isOk());
        Passwords.setThroughInvitation(mvc, mentor, ActivePair.PASSWORD);
        Passwords.setThroughInvitation(mvc, mentee, ActivePair.PASSWORD);
        return programId;
    }

    private void transition(long programId, String to) throws Exception {
        admin(post("/api/v1/programs/" + programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"" + to + "\"}"))
                .andExpect(status().isOk());
    }

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD)));
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value, Keys.TAB);
    }
}
