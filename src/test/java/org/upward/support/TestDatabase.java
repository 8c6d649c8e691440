package org.upward.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides which PostgreSQL the tests use: {@code UPWARD_TEST_DB_URL} when set
 * (CI points it at the machine's server), else a Testcontainers postgres:16 when a Docker engine
 * runs, else an embedded PostgreSQL 16. Each database it hands out starts empty.
 */
public final class TestDatabase {

    /** A database the tests may use, with the credentials to reach it. */
    public record Settings(String url, String username, String password) {}

    private record Server(String host, int port, String username, String password, String options) {

        String urlOf(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database + options;
        }
    }

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+)(\\?.*)?");

    private static Server server;
    private static Settings shared;

    private TestDatabase() {}

    /** The database that all integration tests of this run share, emptied once per run. */
    public static synchronized Settings shared() {
        if (shared == null) {
            shared = fresh(baseName());
        }
        return shared;
    }

    /**
     * A new, empty database named after this run's shared one ({@code <shared>_<suffix>}), so test runs
     * with different {@code UPWARD_TEST_DB_URL}s on one server never drop each other's databases.
     */
    public static Settings freshBeside(String suffix) {
        return fresh(baseName() + "_" + suffix);
    }

    /**
     * The configured database's name; the second and later of Surefire's parallel test JVMs (forks) each add
     * their number, so no two forks share a database.
     */
    private static String baseName() {
        String configured = System.getenv("UPWARD_TEST_DB_URL");
        String name = configured == null || configured.isBlank() ? "upward_test" : databaseOf(configured);
        String fork = System.getProperty("upward.test.fork", "1");
        return fork.isBlank() || fork.equals("1") ? name : name + "_fork" + fork;
    }

    /** A new, empty database on the same server, for a test that needs one of its own. */
    public static synchronized Settings fresh(String name) {
        Server current = server();
        try (Connection admin =
                        DriverManager.getConnection(current.urlOf("postgres"), current.username(), current.password());
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
            // a test database need not survive a crash: commits don't wait for the disk (the suite commits a lot)
            sql.execute("alter database " + name + " set synchronous_commit to off");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + ": " + e.getMessage(), e);
        }
        return new Settings(current.urlOf(name), current.username(), current.password());
    }

    /** A database an earlier {@link #fresh} call created, as it is: for a second instance on the same data. */
    public static synchronized Settings existing(String name) {
        Server current = server();
        return new Settings(current.urlOf(name), current.username(), current.password());
    }

    private static Server server() {
        if (server == null) {
            server = resolveServer();
        }
        return server;
    }

    private static Server resolveServer() {
        String configured = System.getenv("UPWARD_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            Matcher url = matchUrl(configured);
            return new Server(
                    url.group(1),
                    url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)),
                    envOr("UPWARD_TEST_DB_USERNAME", "postgres"),
                    envOr("UPWARD_TEST_DB_PASSWORD", ""),
                    url.group(4) == null ? "" : url.group(4));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16");
            container.start();
            return new Server(
                    container.getHost(),
                    container.getMappedPort(5432),
                    container.getUsername(),
                    container.getPassword(),
                    "");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
            return new Server("localhost", embedded.getPort(), "postgres", "", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static String databaseOf(String url) {
        return matchUrl(url).group(3);
    }

    private static Matcher matchUrl(String url) {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "UPWARD_TEST_DB_URL must look like jdbc:postgresql://host:5432/database, not " + url);
        }
        return matcher;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the temporary server dies with it
        }
    }
}
