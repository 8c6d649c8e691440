package org.upward.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upward.support.ProductionApp.call;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.upward.support.BrowserlessSession;
import org.upward.support.DatabaseProxy;
import org.upward.support.ProductionApp;
import org.upward.support.TestDatabase;

/**
 * PostgreSQL becomes unreachable while the application runs (a proxy in front of it is cut: open
 * connections die, new ones are refused) and comes back: the application answers 503 meanwhile and
 * recovers by itself, with no restart and no lost login.
 */
class DatabaseOutageTest {

    private static final String ADMIN = "outage.admin@example.com";
    private static final String PASSWORD = "a-long-outage-password";
    private static final String HEADER =
            "email,name,department,job_title,job_level,manager_email,hire_date,leave_date,generation\n";
    private static final String SKILL_JSON = "{\"name\": \"%s\", \"category\": \"DATA_AND_AI\"}";

    private static TestDatabase.Settings direct;
    private static DatabaseProxy proxy;
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void startBehindAProxy() {
        direct = TestDatabase.freshBeside("outage");
        proxy = DatabaseProxy.inFrontOf(direct);
        app = ProductionApp.start(ProductionApp.settings(
                proxy.settings(),
                "upward.admin.email",
                ADMIN,
                "upward.admin.password",
                PASSWORD,
                "upward.reminders.cron",
                "-",
                // fail fast in the test; production waits a little longer (application.yml)
                "spring.datasource.hikari.connection-timeout",
                "2000",
                "spring.datasource.hikari.validation-timeout",
                "1000"));
        port = ProductionApp.port(app);
    }

    /** Whatever a test did, the next one starts with the database reachable and the application ready. */
    @AfterEach
    void databaseBack() {
        proxy.restore();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> get("/actuator/health/readiness").statusCode() == 200);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void whileTheDatabaseIsDownPagesAndApiSay503AndReadinessIsDownThenAllRecoversWithoutRestart() throws Exception {
        BrowserlessSession browser = new BrowserlessSession("http://localhost:" + port);
        assertThat(browser.logIn(ADMIN, PASSWORD).statusCode()).isEqualTo(200);
        BrowserlessSession latecomer = new BrowserlessSession("http://localhost:" + port);
        String loginForm = latecomer.get("/login").body();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        proxy.cut();

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"DOWN\"");
        assertThat(get("/actuator/health/liveness").statusCode())
                .as("a database outage is no reason to restart the process")
                .isEqualTo(200);

        HttpResponse<String> page = browser.get("/");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("Upward is temporarily unavailable")
                .contains("Please try again in a minute")
                .doesNotContain("Exception")
                .doesNotContain("Hikari")
                .doesNotContain("at org.");
        HttpResponse<String> loginPage = new BrowserlessSession("http://localhost:" + port).get("/login");
        assertThat(loginPage.statusCode()).isEqualTo(503);
        assertThat(loginPage.body()).contains("Upward is temporarily unavailable");

        HttpResponse<String> login = latecomer.submit(loginForm, "/login", "email", ADMIN, "password", PASSWORD);
        assertThat(login.statusCode())
                .as("not 'wrong password': the password could not be checked")
                .isEqualTo(503);

        HttpResponse<String> me = call(port, "GET", "/api/v1/me", ADMIN, PASSWORD, null);
        assertThat(me.statusCode()).isEqualTo(503);
        assertThat(me.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(me.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(me.body()).contains("\"status\":503").contains("try again").doesNotContain("Exception");

        proxy.restore();

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> get("/actuator/health/readiness").statusCode() == 200);
        HttpResponse<String> again = browser.get("/");
        assertThat(again.statusCode()).as("the same login session works again").isEqualTo(200);
        assertThat(again.uri().getPath()).as("not sent back to the login form").isEqualTo("/admin");
        assertThat(call(port, "GET", "/api/v1/me", ADMIN, PASSWORD, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aWriteDuringTheOutageIsRefusedWholeAndCanBeRepeatedAfterwards() throws Exception {
        String json = SKILL_JSON.formatted("Outage proof skill");
        proxy.cut();
        try {
            HttpResponse<String> refused = call(port, "POST", "/api/v1/skills", ADMIN, PASSWORD, json);
            assertThat(refused.statusCode()).isEqualTo(503);
        } finally {
            proxy.restore();
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> get("/actuator/health/readiness").statusCode() == 200);
        assertThat(call(port, "GET", "/api/v1/skills?size=500", ADMIN, PASSWORD, null)
                        .body())
                .doesNotContain("Outage proof skill");
        assertThat(call(port, "POST", "/api/v1/skills", ADMIN, PASSWORD, json).statusCode())
                .isEqualTo(201);
    }

    @Test
    void anImportCutOffByTheOutageInTheMiddleOfItsTransactionLeavesNothing() throws Exception {
        String kept = "kept@outage.example.com";
        assertThat(importPeople(HEADER + kept + ",Kim Kept,Finance,,4,,,,\n").get(30, TimeUnit.SECONDS))
                .isEqualTo(200);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 100; i++) {
            csv.append("new")
                    .append(i)
                    .append("@outage.example.com,New Person ")
                    .append(i)
                    .append(",Sales,,3,,,,\n");
        }
        csv.append(kept).append(",Kim Renamed,Finance,,5,,,,\n");

        CompletableFuture<Integer> cutOff;
        // the test's own connection bypasses the proxy, so it outlives the outage
        try (Connection blocker = DriverManager.getConnection(direct.url(), direct.username(), direct.password());
                Connection watcher = DriverManager.getConnection(direct.url(), direct.username(), direct.password())) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock =
                    blocker.prepareStatement("select id from person where email = ? for update")) {
                lock.setString(1, kept);
                lock.executeQuery().close();
            }
            cutOff = importPeople(csv.toString());
            Awaitility.await("the import has written the new people and waits to update the known one")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> waitingUpdates(watcher) == 1);
            proxy.cut();
            blocker.rollback();
        }
        try {
            assertThat(cutOff.get(30, TimeUnit.SECONDS)).isEqualTo(503);
        } finally {
            proxy.restore();
        }
        try (Connection check = DriverManager.getConnection(direct.url(), direct.username(), direct.password());
                Statement sql = check.createStatement()) {
            Awaitility.await("PostgreSQL has ended the cut-off transaction")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> waitingUpdates(check) == 0);
            try (ResultSet people = sql.executeQuery(
                    "select count(*) filter (where email like 'new%'), max(name) filter (where email = '" + kept
                            + "') from person")) {
                people.next();
                assertThat(people.getInt(1)).isZero();
                assertThat(people.getString(2)).isEqualTo("Kim Kept");
            }
        }
    }

    private static int waitingUpdates(Connection connection) throws Exception {
        try (Statement sql = connection.createStatement();
                ResultSet waiting =
                        sql.executeQuery("select count(*) from pg_stat_activity where datname = current_database()"
                                + " and query ilike 'update person set name%' and state = 'active'")) {
            waiting.next();
            return waiting.getInt(1);
        }
    }

    private static CompletableFuture<Integer> importPeople(String csv) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes());
                HttpResponse<String> answer = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/people/import"))
                                        .header("Authorization", "Basic " + basic)
                                        .header("Content-Type", "text/csv")
                                        .POST(HttpRequest.BodyPublishers.ofString(csv))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                return answer.statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return call(port, "GET", path, null, null, null);
    }
}
