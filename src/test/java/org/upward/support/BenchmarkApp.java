package org.upward.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.upward.UpwardApplication;

/**
 * Starts the whole application for a benchmark's main class on a fresh database of its own (on the test
 * PostgreSQL {@link TestDatabase} chooses), ignoring the machine's environment variables, with a first admin.
 */
public final class BenchmarkApp {

    public static final String ADMIN_PASSWORD = "a-long-benchmark-password";

    private BenchmarkApp() {}

    public static ConfigurableApplicationContext start(String database, String adminEmail, Map<String, Object> extra) {
        TestDatabase.Settings db = TestDatabase.fresh(database);
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.username());
        properties.put("spring.datasource.password", db.password());
        properties.put("upward.admin.email", adminEmail);
        properties.put("upward.admin.password", ADMIN_PASSWORD);
        properties.put("server.port", "0");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("benchmark", properties));
        return new SpringApplicationBuilder(UpwardApplication.class)
                .environment(environment)
                .run();
    }
}
