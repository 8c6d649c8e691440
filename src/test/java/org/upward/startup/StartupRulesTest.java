package org.upward.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upward.UpwardApplication;
import org.upward.support.TestDatabase;

/** How the production configuration starts, or refuses to: each time on a database of its own. */
class StartupRulesTest {

    private static final String ADMIN_EMAIL = "first.admin@example.com";
    private static final String ADMIN_PASSWORD = "a-long-first-password";

    private static ConfigurableApplicationContext start(Map<String, Object> settings) {
        // Only these settings: nothing from the machine's environment variables leaks in.
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return new SpringApplicationBuilder(UpwardApplication.class)
                .environment(environment)
                .properties("server.port=0")
                .run();
    }

    private static Map<String, Object> database(TestDatabase.Settings db) {
        return Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password());
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        var settings = new java.util.HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            settings.put((String) pairs[i], pairs[i + 1]);
        }
        return settings;
    }

    @Test
    void refusesToStartWithoutADatabaseAndSaysWhatToSet() {
        assertThatThrownBy(() -> start(Map.of("upward.admin.email", ADMIN_EMAIL)))
                .isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("SPRING_DATASOURCE_USERNAME")
                .hasMessageContaining("SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void refusesToStartWithoutAnAdminAndNoneConfigured() {
        TestDatabase.Settings db = TestDatabase.fresh("upward_no_admin");
        assertThatThrownBy(() -> start(database(db)))
                .isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("UPWARD_ADMIN_EMAIL")
                .hasMessageContaining("UPWARD_ADMIN_PASSWORD");
    }

    @Test
    void refusesAWeakFirstAdminPassword() {
        TestDatabase.Settings db = TestDatabase.fresh("upward_weak_admin");
        assertThatThrownBy(() ->
                        start(with(database(db), "upward.admin.email", ADMIN_EMAIL, "upward.admin.password", "short")))
                .isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void createsTheFirstAdminOnAFreshDatabaseWithoutDemoData() throws Exception {
        TestDatabase.Settings db = TestDatabase.fresh("upward_first_admin");
        Map<String, Object> settings =
                with(database(db), "upward.admin.email", ADMIN_EMAIL, "upward.admin.password", ADMIN_PASSWORD);
        try (ConfigurableApplicationContext app = start(settings)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(
                            "select count(*) from flyway_schema_history where type = 'SQL' and success", Integer.class))
                    .isPositive();
            assertThat(jdbc.queryForObject(
                            "select count(*) from person where email like '%@demo.upward.app'", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select password_hash from account", String.class))
                    .startsWith("{bcrypt}")
                    .doesNotContain(ADMIN_PASSWORD);

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> me = get(port, "/api/v1/me", ADMIN_EMAIL, ADMIN_PASSWORD);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"email\":\"" + ADMIN_EMAIL + "\"").contains("\"ADMIN\"");

            HttpResponse<String> login = get(port, "/login", null, null);
            assertThat(login.body()).doesNotContain("demo.upward.app");
        }
        try (ConfigurableApplicationContext again = start(settings)) {
            assertThat(again.getBean(JdbcTemplate.class).queryForObject("select count(*) from account", Integer.class))
                    .isEqualTo(1);
        }
        try (ConfigurableApplicationContext withoutAdminSettings = start(database(db))) {
            assertThat(withoutAdminSettings.isActive()).isTrue();
        }
    }

    private static HttpResponse<String> get(int port, String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header(
                    "Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
