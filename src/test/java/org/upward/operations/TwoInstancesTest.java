package org.upward.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.upward.support.ProductionApp.call;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.context.WebApplicationContext;
import org.upward.impact.ImpactReports;
import org.upward.pairing.PairingFixture;
import org.upward.program.ProgramService;
import org.upward.support.BrowserlessSession;
import org.upward.support.ProductionApp;
import org.upward.support.TestDatabase;

/**
 * Two instances of the application, each on its own port, against one PostgreSQL, as behind a load
 * balancer without sticky sessions: a login on one is a login on both, a scheduled job runs on one of
 * them, one program's pairing runs never overlap, and a dashboard or a program kept by one shows a write made
 * through the other.
 */
class TwoInstancesTest {

    private static final String ADMIN = "admin@demo.upward.app";
    private static final String PASSWORD = "upward-demo";

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoInstances() {
        TestDatabase.Settings db = TestDatabase.freshBeside("two_instances");
        // the first brings the schema and the demo company (with its admin); the second joins the same database
        first = ProductionApp.start(
                ProductionApp.settings(db, "upward.demo.enabled", "true", "upward.reminders.cron", "-"));
        second = ProductionApp.start(ProductionApp.settings(db, "upward.reminders.cron", "-"));
        jdbc = first.getBean(JdbcTemplate.class);
        assertThat(ProductionApp.port(first)).isNotEqualTo(ProductionApp.port(second));
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aUserLoggedInOnOneInstanceCarriesOnOnTheOtherAndLoggingOutThereEndsTheSessionEverywhere() throws Exception {
        BrowserlessSession onFirst = new BrowserlessSession(url(first));
        BrowserlessSession onSecond = onFirst.at(url(second));
        HttpResponse<String> loggedIn = onFirst.logIn(ADMIN, PASSWORD);
        assertThat(loggedIn.uri().getPath()).isEqualTo("/admin");

        HttpResponse<String> elsewhere = onSecond.get("/admin/programs");
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(elsewhere.uri().getPath()).as("not sent to the login form").isEqualTo("/admin/programs");

        // a form read from the first instance is accepted by the second: the CSRF token lives in the session too
        HttpResponse<String> loggedOut = onSecond.submit(onFirst.get("/admin").body(), "/logout");
        assertThat(loggedOut.uri().toString()).endsWith("/login?logout");
        assertThat(onFirst.get("/admin").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void aSessionWrittenThroughTheSecondInstanceIsOnTheFirstsDashboardAtOnce() {
        long pairId = jdbc.queryForObject(
                "select p.id from mentoring_pair p join person m on m.id = p.mentor_id"
                        + " where m.email = 'mentor@demo.upward.app' and p.status = 'ACTIVE' order by p.id limit 1",
                Long.class);
        long programId = jdbc.queryForObject("select program_id from mentoring_pair where id = ?", Long.class, pairId);
        ImpactReports reports = first.getBean(ImpactReports.class);
        double hours = Double.parseDouble(reports.summaryOf(programId).hours().text());
        reports.summaryOf(programId); // now kept by the first instance

        second.getBean(JdbcTemplate.class)
                .update(
                        "insert into mentoring_session (pair_id, held_on, duration_minutes, format, logged_by,"
                                + " created_at, updated_at) values (?, current_date - 1, 360, 'VIDEO', 'test', now(),"
                                + " now())",
                        pairId);

        assertThat(Double.parseDouble(reports.summaryOf(programId).hours().text()))
                .isCloseTo(hours + 6, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aProgramRenamedThroughTheSecondInstanceIsRenamedOnTheFirstAtOnce() {
        long programId = jdbc.queryForObject("select min(id) from program where not template", Long.class);
        ProgramService programs = first.getBean(ProgramService.class);
        String name = programs.get(programId).name();
        assertThat(programs.get(programId)).as("kept by the first instance").isSameAs(programs.get(programId));
        try {
            second.getBean(JdbcTemplate.class)
                    .update("update program set name = ? where id = ?", name + " (renamed)", programId);

            assertThat(programs.get(programId).name()).isEqualTo(name + " (renamed)");
        } finally {
            jdbc.update("update program set name = ? where id = ?", name, programId);
        }
    }

    @Test
    void theReminderJobFiredOnBothInstancesAtOnceRunsOnOnlyOne() throws Exception {
        Object jobOnFirst = first.getBean("reminderJob");
        Object jobOnSecond = second.getBean("reminderJob");
        CompletableFuture<Void> a;
        CompletableFuture<Void> b;
        try (Connection blocker = jdbc.getDataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement sql = blocker.createStatement()) {
                // the job's first step reads the running programs: whichever instance runs it waits here
                sql.execute("lock table program in access exclusive mode");
            }
            a = CompletableFuture.runAsync(() -> run(jobOnFirst));
            b = CompletableFuture.runAsync(() -> run(jobOnSecond));
            Awaitility.await("one instance skipped the job while the other is still running it")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> a.isDone() != b.isDone());
            assertThat(waitingOn("%from program%"))
                    .as("the job body is running on one instance only")
                    .isEqualTo(1);
            Thread.sleep(500);
            assertThat(a.isDone() != b.isDone()).isTrue();
            blocker.rollback();
        }
        CompletableFuture.allOf(a, b).get(30, TimeUnit.SECONDS);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'reminders'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aPairingRunOfOneProgramCannotRunOnBothInstancesAtOnce() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) first)
                .apply(springSecurity())
                .build();
        PairingFixture program = PairingFixture.create(mvc, "MATCHING");
        String runs = "/api/v1/programs/" + program.programId() + "/pairing-runs";
        CompletableFuture<HttpResponse<String>> onFirst;
        try (Connection blocker = jdbc.getDataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement sql = blocker.createStatement()) {
                // the run on the first instance takes the program's lock, then waits to store its result
                sql.execute("lock table pairing_run in exclusive mode");
            }
            onFirst = CompletableFuture.supplyAsync(() -> pairingRun(first, runs));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waitingOn("insert into pairing_run%") == 1);

            HttpResponse<String> onSecond = pairingRun(second, runs);
            assertThat(onSecond.statusCode()).isEqualTo(409);
            assertThat(onSecond.body()).contains("already in progress");
            blocker.rollback();
        }
        assertThat(onFirst.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from pairing_run where program_id = ?", Integer.class, program.programId()))
                .isEqualTo(1);
        assertThat(pairingRun(second, runs).statusCode())
                .as("once the first run is over, the second instance may run")
                .isEqualTo(200);
    }

    private static HttpResponse<String> pairingRun(ConfigurableApplicationContext app, String path) {
        try {
            return call(ProductionApp.port(app), "POST", path, ADMIN, PASSWORD, "{\"preview\": false}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int waitingOn(String query) {
        return jdbc.queryForObject(
                "select count(*) from pg_stat_activity where datname = current_database()"
                        + " and wait_event_type = 'Lock' and query ilike ?",
                Integer.class,
                query);
    }

    private static void run(Object job) {
        Method run = ReflectionUtils.findMethod(job.getClass(), "run");
        ReflectionUtils.makeAccessible(run);
        ReflectionUtils.invokeMethod(run, job);
    }

    private static String url(ConfigurableApplicationContext app) {
        return "http://localhost:" + ProductionApp.port(app);
    }
}
