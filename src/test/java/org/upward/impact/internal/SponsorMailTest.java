package org.upward.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.notification.NoticeKind;
import org.upward.sessions.ActivePair;
import org.upward.shared.UiText;
import org.upward.support.IntegrationTest;
import org.upward.support.Passwords;

/**
 * The sponsor's mails, through a real SMTP server (GreenMail): the monthly summary of a running program's results,
 * once a month and never with a figure from fewer than five people; the final one when the program is completed;
 * the sponsor's switch that stops them; and the notice that tells a person they were named a program's sponsor.
 */
class SponsorMailTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("upward.base-url", () -> "https://upward.example.com/");
        registry.add("upward.mail.from", () -> "upward@example.com");
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    SponsorSummaries summaries;

    @Autowired
    SponsorSummaryJob job;

    private ActivePair program;
    private String sponsor;

    /**
     * A running program of four people (two pairs) with three sessions of 47 minutes logged, sponsored by a person
     * of its own: were they shown, its sessions and hours would read "3 sessions" and "2.35 hours".
     */
    @BeforeEach
    void aSmallRunningProgramWithItsOwnSponsor() throws Exception {
        program = ActivePair.twoPairs(mvc, "2025-01-06", 2);
        program.startProgram();
        sponsor = "sponsor-" + program.run + "@example.com";
        program.admin(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content("email,name,department,job_level\n" + sponsor + ",Sandra Sponsor " + program.run
                                + ",Board,1\n"))
                .andExpect(status().isOk());
        Passwords.setThroughInvitation(mvc, sponsor, ActivePair.PASSWORD);
        jdbc.update(
                "update program set sponsor_id = (select id from person where email = ?) where id = ?",
                sponsor,
                program.programId);
        for (int i = 0; i < 3; i++) {
            program.as(
                            program.mentor,
                            post("/api/v1/pairs/" + program.pairId + "/sessions")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"date\": \"" + TODAY + "\", \"durationMinutes\": 47,"
                                            + " \"format\": \"VIDEO\", \"skillsCovered\": []}"))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void theMonthlySummaryGoesToTheSponsorOnceAMonthWithNoFigureFromFewerThanFive() throws Exception {
        summaries.sendMonthly(TODAY);
        summaries.sendMonthly(TODAY);
        job.run();

        List<MimeMessage> mails = mailTo(sponsor, "How \"Sessions " + program.run + "\" is doing");
        assertThat(mails).as("once this month, however often the job runs").hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(subject(mail))
                .isEqualTo("How \"Sessions " + program.run + "\" is doing: its results on " + UiText.day(TODAY));
        String body = body(mail);
        assertThat(body)
                .startsWith("Hello Sandra Sponsor " + program.run + ",\n\nHere is how \"Sessions " + program.run
                        + "\" is doing on " + UiText.day(TODAY) + ". It runs from 6 January 2025 to 17 December 2099.")
                .contains(
                        "Its objectives\n1. Use AI: Not known yet\n   Judged by the admin, with evidence, once the program"
                                + " ends.\n   The admin judges it once the program ends on 17 December 2099.\n")
                .contains("In figures\n- Who took part: 2 mentors and 2 mentees enrolled; 2 pairs active today.\n")
                .contains("- How much they met: Fewer than 5 people so far: not shown.\n")
                .contains("No figure from fewer than 5 people is shown, to protect their privacy.")
                .contains("once a month while it runs and once more when it is completed")
                .contains("https://upward.example.com/impact/programs/" + program.programId + "\n")
                .contains("https://upward.example.com/notifications");
        assertThat(body)
                .as("the sessions and hours of four people are not shown")
                .doesNotContain("3 sessions")
                .doesNotContain("2.35")
                .doesNotContain("SPONSOR_SUMMARY")
                .doesNotContain("NOT_YET_KNOWN");
        assertThat(notices(sponsor, NoticeKind.SPONSOR_SUMMARY)).isEqualTo(1);

        // next month's, once, even with two instances at the same moment
        LocalDate nextMonth = TODAY.plusMonths(1);
        twice(() -> summaries.sendMonthly(nextMonth));
        assertThat(mailTo(sponsor, "its results on " + UiText.day(nextMonth))).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sponsor_summary where program_id = ? and kind = 'MONTHLY'",
                        Long.class,
                        program.programId))
                .isEqualTo(2);
    }

    @Test
    void aProgramThatStartsThisMonthHasItsFirstSummaryNextMonth() throws Exception {
        jdbc.update("update program set start_date = ? where id = ?", TODAY.withDayOfMonth(1), program.programId);
        summaries.sendMonthly(TODAY);
        assertThat(notices(sponsor, NoticeKind.SPONSOR_SUMMARY)).isZero();
        summaries.sendMonthly(TODAY.plusMonths(1));
        assertThat(notices(sponsor, NoticeKind.SPONSOR_SUMMARY)).isEqualTo(1);
    }

    @Test
    void theFinalSummaryIsSentWhenTheProgramIsCompleted() throws Exception {
        program.admin(post("/api/v1/programs/" + program.programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"COMPLETED\"}"))
                .andExpect(status().isOk());

        List<MimeMessage> mails = mailTo(sponsor, "The final results of \"Sessions " + program.run + "\"");
        assertThat(mails).hasSize(1);
        String body = body(mails.get(0));
        assertThat(body)
                .contains("\"Sessions " + program.run + "\" is completed: here are its results.")
                .contains("1. Use AI: Not known yet")
                .contains("- How much they met: Fewer than 5 people so far: not shown.")
                .contains("it is the last one about this program")
                .doesNotContain("3 sessions")
                .doesNotContain("2.35");

        job.run();
        summaries.sendMonthly(TODAY.plusMonths(1));
        assertThat(mailTo(sponsor, "The final results")).as("once").hasSize(1);
        assertThat(mailTo(sponsor, "is doing"))
                .as("no monthly one once completed")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select sent_at is not null from sponsor_summary where program_id = ? and kind = 'FINAL'",
                        Boolean.class,
                        program.programId))
                .isTrue();
    }

    @Test
    void aFinalSummaryThatCouldNotGoOutRightAwayIsSentByTheJob() {
        jdbc.update(
                "insert into sponsor_summary (program_id, kind, month) values (?, 'FINAL', ?)",
                program.programId,
                TODAY.withDayOfMonth(1));
        job.run();
        job.run();
        assertThat(mailTo(sponsor, "The final results of")).hasSize(1);
    }

    @Test
    void theSponsorCanTurnTheSummariesOffAndOnAgain() throws Exception {
        Cookie session = logIn(sponsor, ActivePair.PASSWORD);
        mvc.perform(get("/notifications").cookie(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"sponsor-summaries\""))));
        program.as(sponsor, get("/api/v1/me/notification-settings"))
                .andExpect(jsonPath("$.email").value(true))
                .andExpect(jsonPath("$.sponsorSummaries").value(true));
        program.as(
                        sponsor,
                        put("/api/v1/me/notification-settings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"email\": true, \"sponsorSummaries\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sponsorSummaries").value(false));

        summaries.sendMonthly(TODAY);
        program.admin(post("/api/v1/programs/" + program.programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"COMPLETED\"}"))
                .andExpect(status().isOk());
        assertThat(notices(sponsor, NoticeKind.SPONSOR_SUMMARY)).isZero();
        assertThat(mailTo(sponsor, "results")).isEmpty();

        // the switch is on the notifications page, off; saving it checked turns the summaries back on
        String page = mvc.perform(get("/notifications").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"sponsor-summaries\"")
                .contains("Send me a summary of the results of the programs I sponsor")
                .doesNotContain("name=\"sponsorSummaries\" value=\"true\" checked");
        mvc.perform(post("/notifications/sponsor-summaries")
                        .param("sponsorSummaries", "true")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        program.as(sponsor, get("/api/v1/me/notification-settings"))
                .andExpect(jsonPath("$.sponsorSummaries").value(true))
                .andExpect(jsonPath("$.email").value(true));
        // saving email alone, by page or API, leaves them as they are
        mvc.perform(post("/notifications/settings")
                        .param("email", "true")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        program.as(
                        sponsor,
                        put("/api/v1/me/notification-settings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"email\": true}"))
                .andExpect(jsonPath("$.sponsorSummaries").value(true));

        ActivePair another = ActivePair.create(mvc, "2025-01-06", 2);
        another.startProgram();
        jdbc.update(
                "update program set sponsor_id = (select id from person where email = ?) where id = ?",
                sponsor,
                another.programId);
        summaries.sendMonthly(TODAY);
        assertThat(mailTo(sponsor, "How \"Sessions " + another.run + "\" is doing"))
                .hasSize(1);

        mvc.perform(post("/notifications/sponsor-summaries").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        program.as(sponsor, get("/api/v1/me/notification-settings"))
                .andExpect(jsonPath("$.sponsorSummaries").value(false))
                .andExpect(jsonPath("$.email").value(true));
    }

    @Test
    void aPersonNamedAsSponsorIsToldOnceAndOnlyWhenTheSponsorChanges() throws Exception {
        String first = "first-" + program.run + "@example.com";
        String second = "second-" + program.run + "@example.com";
        admin(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content("email,name,department,job_level\n" + first + ",Fiona First " + program.run
                                + ",Board,1\n" + second + ",Simon Second " + program.run + ",Board,1\n"))
                .andExpect(status().isOk());
        String name = "Sponsored " + program.run;
        String created = admin(post("/api/v1/programs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft(name, first, "First words", null)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        long version = ((Number) JsonPath.read(created, "$.version")).longValue();

        assertThat(notices(first, NoticeKind.SPONSOR_NAMED)).isEqualTo(1);
        List<MimeMessage> told = mailTo(first, "You are the sponsor of \"" + name + "\"");
        assertThat(told).hasSize(1);
        assertThat(body(told.get(0)))
                .startsWith(
                        "Hello Fiona First " + program.run + ",\n\nYou have been named the sponsor of \"" + name
                                + "\", which runs from 6 January 2025 to 30 June 2025. As its sponsor, you receive its results:")
                .contains("once a month while it runs and once more when it is completed")
                .contains("You can turn these summaries off on your notifications page.")
                .contains("https://upward.example.com/impact/programs/" + id + "\n");
        mvc.perform(get("/impact/programs/" + id).cookie(logIn(EXECUTIVE))).andExpect(status().isOk());

        // an edit that keeps the sponsor tells nobody
        String edited = admin(put("/api/v1/programs/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft(name, first, "Other words", version)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        version = ((Number) JsonPath.read(edited, "$.version")).longValue();
        assertThat(notices(first, NoticeKind.SPONSOR_NAMED)).isEqualTo(1);

        // a new sponsor is told; the first is not told again
        admin(put("/api/v1/programs/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft(name, second, "Other words", version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sponsorEmail").value(second));
        assertThat(notices(second, NoticeKind.SPONSOR_NAMED)).isEqualTo(1);
        assertThat(mailTo(second, "You are the sponsor of \"" + name + "\"")).hasSize(1);
        assertThat(notices(first, NoticeKind.SPONSOR_NAMED)).isEqualTo(1);
        assertThat(mailTo(first, "You are the sponsor of")).hasSize(1);
    }

    private static String draft(String name, String sponsorEmail, String description, Long version) {
        return "{\"name\": \"" + name + "\", \"description\": \"" + description + "\","
                + " \"startDate\": \"2025-01-06\", \"endDate\": \"2025-06-30\", \"sponsorEmail\": \"" + sponsorEmail
                + "\"," + (version == null ? "" : " \"version\": " + version + ",")
                + " \"objectives\": [{\"statement\": \"Use AI\", \"focusSkills\": [\"AI assistants\"],"
                + " \"outcomeMeasure\": \"judged later\"}]}";
    }

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD)));
    }

    private long notices(String email, NoticeKind kind) {
        return jdbc.queryForObject(
                "select count(*) from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.kind = ?",
                Long.class,
                email,
                kind.name());
    }

    private List<MimeMessage> mailTo(String email, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(email) && subject(m).contains(subjectPart))
                .toList();
    }

    /** The text as the sponsor reads it (decoded: the mail is quoted-printable for its ’ and –). */
    private static String body(MimeMessage mail) {
        try {
            return ((String) mail.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code task} on two threads released at the same moment, as two scheduler instances would. */
    private static void twice(Runnable task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = List.of(
                    threads.submit(() -> {
                        start.await();
                        task.run();
                        return null;
                    }),
                    threads.submit(() -> {
                        start.await();
                        task.run();
                        return null;
                    }));
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }
    }
}
