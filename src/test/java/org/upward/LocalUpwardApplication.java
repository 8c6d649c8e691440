package org.upward;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The zero-setup run behind {@code ./mvnw spring-boot:run}: an embedded PostgreSQL 16 keeping its
 * data under {@code ./data/postgres}, and demo data. Lives in src/test so that neither the embedded
 * server nor this class reaches the production jar.
 */
public final class LocalUpwardApplication {

    static final Path DATA_DIRECTORY = Path.of("data", "postgres");

    private LocalUpwardApplication() {}

    public static void main(String[] args) {
        start(DATA_DIRECTORY, args);
    }

    public static ConfigurableApplicationContext start(Path dataDirectory, String... args) {
        EmbeddedPostgres postgres = startPostgres(dataDirectory);
        return new SpringApplicationBuilder(UpwardApplication.class)
                .properties(
                        "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=",
                        "upward.demo.enabled=true",
                        "spring.thymeleaf.cache=false")
                .listeners(event -> {
                    if (event instanceof ContextClosedEvent) {
                        close(postgres);
                    }
                })
                .run(args);
    }

    private static EmbeddedPostgres startPostgres(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
