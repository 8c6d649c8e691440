package org.upward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Boots what {@code ./mvnw spring-boot:run} boots: embedded PostgreSQL, demo data, kept across restarts. */
class LocalRunSmokeTest {

    @TempDir
    Path data;

    @Test
    void servesTheDemoOnEmbeddedPostgresAndKeepsDataAcrossRestarts() throws Exception {
        try (ConfigurableApplicationContext app = LocalUpwardApplication.start(data, "--server.port=0")) {
            int port = port(app);
            HttpResponse<String> login = get(port, "/login", null);
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body())
                    .contains("admin@demo.upward.app", "exec@demo.upward.app")
                    .contains("mentor@demo.upward.app", "mentee@demo.upward.app");
            for (String account : new String[] {"admin", "exec", "mentor", "mentee"}) {
                HttpResponse<String> me = get(port, "/api/v1/me", account + "@demo.upward.app");
                assertThat(me.statusCode()).as(account).isEqualTo(200);
            }
            JdbcTemplate demo = app.getBean(JdbcTemplate.class);
            assertThat(demo.queryForObject("select count(*) from person where manager_id is not null", Integer.class))
                    .as("a reporting tree")
                    .isGreaterThan(50);
            assertThat(demo.queryForList("select status from program where not template order by id", String.class))
                    .containsExactly("COMPLETED", "RUNNING", "RUNNING", "ENROLLING");
            assertThat(demo.queryForList("select name from program where template", String.class))
                    .as("the template that ships")
                    .containsExactly("Reverse mentoring — standard");
            assertThat(demo.queryForObject("select count(*) from mentoring_session", Integer.class))
                    .as("the pilot's history")
                    .isGreaterThan(20);
            assertThat(demo.queryForObject(
                            "select count(distinct pair_id) from pair_check_in where blocker is not null",
                            Integer.class))
                    .as("the pilot's check-ins, some with a blocker")
                    .isGreaterThan(1);
            demo.update("update person set job_title = 'Kept across restarts' where email = 'mentor@demo.upward.app'");
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select version()", String.class))
                    .contains("PostgreSQL 16");
        }
        try (ConfigurableApplicationContext again = LocalUpwardApplication.start(data, "--server.port=0")) {
            JdbcTemplate jdbc = again.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(
                            "select job_title from person where email = 'mentor@demo.upward.app'", String.class))
                    .isEqualTo("Kept across restarts");
            assertThat(jdbc.queryForObject("select count(*) from account", Integer.class))
                    .as("the five demo accounts, not made again on a restart")
                    .isEqualTo(5);
            assertThat(jdbc.queryForObject(
                            "select count(*) from program where template_key is not null", Integer.class))
                    .as("the shipped template, once across restarts")
                    .isEqualTo(1);
        }
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static HttpResponse<String> get(int port, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String credentials = user + ":upward-demo";
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
