package org.upward.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.upward.UpwardApplication;

/**
 * Starts the whole application for a benchmark's main class on a fresh database of its own (on the test
 * PostgreSQL {@link TestDatabase} chooses), ignoring the machine's environment variables, with a first admin;
 * or, for a second instance, on the database of a first one.
 */
public final class BenchmarkApp {

    public static final String ADMIN_PASSWORD = "a-long-benchmark-password";

    private BenchmarkApp() {}

    @SafeVarargs
    public static ConfigurableApplicationContext start(
            String database,
            String adminEmail,
            Map<String, Object> extra,
            ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("upward.admin.email", adminEmail);
        properties.put("upward.admin.password", ADMIN_PASSWORD);
        return run(TestDatabase.fresh(database), properties, initializers);
    }

    /**
     * Starts another instance on a database that {@link #start} created and that is still in use, without
     * emptying it: its first admin already exists, so none is configured.
     */
    @SafeVarargs
    public static ConfigurableApplicationContext join(
            String database,
            Map<String, Object> extra,
            ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
        return run(TestDatabase.existing(database), new HashMap<>(extra), initializers);
    }

    /** The port the instance's Tomcat listens on (the benchmarks ask for a free one). */
    public static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext run(
            TestDatabase.Settings db,
            Map<String, Object> properties,
            ApplicationContextInitializer<ConfigurableApplicationContext>[] initializers) {
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.username());
        properties.put("spring.datasource.password", db.password());
        properties.putIfAbsent("server.port", "0");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("benchmark", properties));
        return new SpringApplicationBuilder(UpwardApplication.class)
                .environment(environment)
                .initializers(initializers)
                .run();
    }
}
