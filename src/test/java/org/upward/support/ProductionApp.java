package org.upward.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.upward.UpwardApplication;

/** Starts the production configuration (no demo data) with exactly the given settings. */
public final class ProductionApp {

    private ProductionApp() {}

    public static ConfigurableApplicationContext start(Map<String, Object> settings) {
        // Only these settings: nothing from the machine's environment variables leaks in.
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return new SpringApplicationBuilder(UpwardApplication.class)
                .environment(environment)
                .properties("server.port=0")
                .run();
    }

    public static Map<String, Object> settings(TestDatabase.Settings db, Object... pairs) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password()));
        for (int i = 0; i < pairs.length; i += 2) {
            settings.put((String) pairs[i], pairs[i + 1]);
        }
        return settings;
    }

    public static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** A request with HTTP Basic credentials (or none when {@code user} is null). */
    public static HttpResponse<String> call(
            int port, String method, String path, String user, String password, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
            request.header("Authorization", "Basic " + credentials);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
