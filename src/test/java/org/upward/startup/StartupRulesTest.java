package org.upward.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upward.support.ProductionApp.call;
import static org.upward.support.ProductionApp.port;
import static org.upward.support.ProductionApp.settings;
import static org.upward.support.ProductionApp.start;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upward.support.TestDatabase;

/** How the production configuration starts, or refuses to: each time on a database of its own. */
class StartupRulesTest {

    private static final String ADMIN_EMAIL = "first.admin@example.com";
    private static final String ADMIN_PASSWORD = "a-long-first-password";

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
        TestDatabase.Settings db = TestDatabase.freshBeside("no_admin");
        assertThatThrownBy(() -> start(settings(db)))
                .isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("UPWARD_ADMIN_EMAIL")
                .hasMessageContaining("UPWARD_ADMIN_PASSWORD");
    }

    @Test
    void refusesAWeakFirstAdminPassword() {
        TestDatabase.Settings db = TestDatabase.freshBeside("weak_admin");
        assertThatThrownBy(
                        () -> start(settings(db, "upward.admin.email", ADMIN_EMAIL, "upward.admin.password", "short")))
                .isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void refusesACommonFirstAdminPassword() {
        TestDatabase.Settings db = TestDatabase.freshBeside("common_admin");
        assertThatThrownBy(() ->
                        start(settings(db, "upward.admin.email", ADMIN_EMAIL, "upward.admin.password", "Password1234")))
                .isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("UPWARD_ADMIN_PASSWORD")
                .hasMessageContaining("most common passwords");
    }

    @Test
    void createsTheFirstAdminOnAFreshDatabaseWithoutDemoData() throws Exception {
        TestDatabase.Settings db = TestDatabase.freshBeside("first_admin");
        Map<String, Object> firstStart =
                settings(db, "upward.admin.email", ADMIN_EMAIL, "upward.admin.password", ADMIN_PASSWORD);
        try (ConfigurableApplicationContext app = start(firstStart)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(
                            "select count(*) from flyway_schema_history where type = 'SQL' and success", Integer.class))
                    .isPositive();
            assertThat(jdbc.queryForObject(
                            "select count(*) from person where email like '%@demo.upward.app'", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select password_hash from account", String.class))
                    .startsWith("{bcrypt}$2a$10$") // the production cost, not the tests' cheap one
                    .doesNotContain(ADMIN_PASSWORD);

            HttpResponse<String> me = call(port(app), "GET", "/api/v1/me", ADMIN_EMAIL, ADMIN_PASSWORD, null);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"email\":\"" + ADMIN_EMAIL + "\"").contains("\"ADMIN\"");
            assertThat(call(port(app), "GET", "/login", null, null, null).body())
                    .doesNotContain("demo.upward.app");

            HttpResponse<String> dropOwnAdmin = call(
                    port(app),
                    "PUT",
                    "/api/v1/people/" + ADMIN_EMAIL + "/roles",
                    ADMIN_EMAIL,
                    ADMIN_PASSWORD,
                    "{\"roles\": []}");
            assertThat(dropOwnAdmin.statusCode())
                    .as("the last admin keeps ADMIN")
                    .isEqualTo(409);
            assertThat(dropOwnAdmin.body()).contains("last administrator");
        }
        try (ConfigurableApplicationContext again = start(firstStart)) {
            assertThat(again.getBean(JdbcTemplate.class).queryForObject("select count(*) from account", Integer.class))
                    .isEqualTo(1);
        }
        try (ConfigurableApplicationContext withoutAdminSettings = start(settings(db))) {
            assertThat(withoutAdminSettings.isActive()).isTrue();
        }
    }
}
