package org.upward.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upward.support.ProductionApp.call;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
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
    private static final String SKILL_JSON = "{\"name\": \"%s\", \"category\": \"DATA_AND_AI\"}";

    private static DatabaseProxy proxy;
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void startBehindAProxy() {
        proxy = DatabaseProxy.inFrontOf(TestDatabase.freshBeside("outage"));
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

    private static HttpResponse<String> get(String path) throws Exception {
        return call(port, "GET", path, null, null, null);
    }
}
