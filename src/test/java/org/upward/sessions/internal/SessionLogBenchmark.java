package org.upward.sessions.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.upward.program.ObjectiveRequest;
import org.upward.program.ProgramRequest;
import org.upward.program.ProgramService;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.security.internal.TestApiTokens;
import org.upward.sessions.SessionFormat;
import org.upward.sessions.SessionRequest;
import org.upward.support.BenchmarkApp;

/**
 * Server time of logging a session with 100,000 sessions already stored: fills a fresh PostgreSQL database with
 * 2,000 active pairs and 100,000 session logs (batched JDBC), then sends {@code POST /api/v1/pairs/{id}/sessions}
 * through the application's real filter chain, controller, service and database with MockMvc (no network), one
 * request at a time to a random pair, and prints percentiles. Run as documented in docs/benchmarks.md; not part of
 * the build.
 */
public final class SessionLogBenchmark {

    private static final int PAIRS = 2_000;
    private static final int EXISTING_SESSIONS = 100_000;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 500;
    private static final String ADMIN = "bench.admin@example.com";

    private SessionLogBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app =
                BenchmarkApp.start("upward_bench_sessions", ADMIN, Map.of("logging.level.root", "WARN"))) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long programId = app.getBean(ProgramService.class)
                    .create(new ProgramRequest(
                            "Benchmark program",
                            null,
                            LocalDate.now().minusYears(1),
                            LocalDate.now().plusYears(1),
                            null,
                            null,
                            3,
                            null,
                            List.of(new ObjectiveRequest(
                                    "Use AI", List.of("AI assistants", "Prompt writing"), "POST >= 3.5")),
                            null,
                            null,
                            null))
                    .id();
            long fillStart = System.nanoTime();
            long[] pairIds = fill(jdbc, programId);
            System.out.printf(
                    "Filled %,d pairs and %,d sessions in %,d ms%n",
                    PAIRS,
                    jdbc.queryForObject("select count(*) from mentoring_session", Long.class),
                    (System.nanoTime() - fillStart) / 1_000_000);

            long accountId = jdbc.queryForObject(
                    "select a.id from account a join person p on p.id = a.person_id where p.email = ?",
                    Long.class,
                    ADMIN);
            String token = TestApiTokens.issue(app, accountId, "benchmark");
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                    .apply(SecurityMockMvcConfigurers.springSecurity())
                    .build();
            Random random = new Random(7);
            run(mvc, token, pairIds, random, WARM_UP);
            String loadBefore = loadAverage();
            double[] millis = run(mvc, token, pairIds, random, MEASURED);
            print(
                    "POST /api/v1/pairs/{id}/sessions through MockMvc (filters, bearer token, JSON, validation,"
                            + " controller, service, commit)",
                    millis);
            System.out.printf("  load average before: %s, after: %s%n", loadBefore, loadAverage());

            SessionLog service = app.getBean(SessionLog.class);
            UpwardUser admin = new UpwardUser(accountId, ADMIN, "Bench admin", null, true, Set.of(Role.ADMIN));
            double[] serviceMillis = new double[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long pairId = pairIds[random.nextInt(pairIds.length)];
                long start = System.nanoTime();
                service.log(
                        pairId,
                        new SessionRequest(
                                LocalDate.now(),
                                45,
                                SessionFormat.VIDEO,
                                List.of("AI assistants"),
                                "Service " + i,
                                null,
                                null),
                        admin);
                serviceMillis[i] = (System.nanoTime() - start) / 1e6;
            }
            print("SessionLog.log called directly (transaction, checks, insert, commit)", serviceMillis);
            System.out.printf("  load average after: %s%n", loadAverage());
            System.out.println("Plans of the queries a log runs (besides primary-key reads and the insert):");
            explain(
                    jdbc,
                    "select id, held_on from mentoring_session where pair_id = " + pairIds[0]
                            + " order by held_on desc, id desc limit 50");
            explain(jdbc, "select * from session_feedback where session_id in (select max(id) from mentoring_session)");
        }
    }

    /** Persons, active pairs and sessions, by batched JDBC: 50 sessions per pair spread over the last year. */
    private static long[] fill(JdbcTemplate jdbc, long programId) {
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < 2 * PAIRS; i++) {
            people.add(new Object[] {"bench-" + i + "@example.com", "Bench Person " + i, i < PAIRS ? 2 : 8});
        }
        jdbc.batchUpdate("insert into person (email, name, department, job_level) values (?, ?, 'Bench', ?)", people);
        Long firstPerson =
                jdbc.queryForObject("select min(id) from person where email like 'bench-%@example.com'", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> pairs = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            pairs.add(new Object[] {programId, firstPerson + i, firstPerson + PAIRS + i, now, now});
        }
        jdbc.batchUpdate(
                "insert into mentoring_pair (program_id, mentor_id, mentee_id, score, breakdown, explanation, status,"
                        + " created_at, updated_at) values (?, ?, ?, 50, '{}'::jsonb, 'benchmark', 'ACTIVE', ?, ?)",
                pairs);
        long[] pairIds = jdbc
                .queryForList("select id from mentoring_pair where program_id = ? order by id", Long.class, programId)
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
        Random random = new Random(42);
        List<Object[]> sessions = new ArrayList<>(10_000);
        LocalDate today = LocalDate.now();
        for (int s = 0; s < EXISTING_SESSIONS; s++) {
            sessions.add(new Object[] {
                pairIds[s % PAIRS],
                Date.valueOf(today.minusDays(1 + random.nextInt(365))),
                30 + 15 * random.nextInt(4),
                random.nextBoolean() ? "VIDEO" : "IN_PERSON",
                "Notes of session " + s,
                "bench-" + (s % PAIRS) + "@example.com",
                now,
                now
            });
            if (sessions.size() == 10_000) {
                insertSessions(jdbc, sessions);
                sessions.clear();
            }
        }
        jdbc.execute("analyze");
        return pairIds;
    }

    private static void insertSessions(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate(
                "insert into mentoring_session (pair_id, held_on, duration_minutes, format, skills_covered, notes,"
                        + " logged_by, created_at, updated_at) values (?, ?, ?, ?, '[\"AI assistants\"]'::jsonb, ?, ?,"
                        + " ?, ?)",
                rows);
    }

    private static double[] run(MockMvc mvc, String token, long[] pairIds, Random random, int requests)
            throws Exception {
        double[] millis = new double[requests];
        String date = LocalDate.now().toString();
        for (int i = 0; i < requests; i++) {
            long pairId = pairIds[random.nextInt(pairIds.length)];
            String body = "{\"date\": \"" + date + "\", \"durationMinutes\": 45, \"format\": \"VIDEO\","
                    + " \"skillsCovered\": [\"AI assistants\"], \"notes\": \"Benchmark " + i + "\","
                    + " \"actionItems\": \"Try it\"}";
            long start = System.nanoTime();
            int status = mvc.perform(post("/api/v1/pairs/" + pairId + "/sessions")
                            .header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (status != 201) {
                throw new IllegalStateException("Logging a session answered " + status);
            }
        }
        return millis;
    }

    private static void print(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s, %,d requests, %s:%n  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f ms%n",
                what,
                sorted.length,
                Runtime.version(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted[sorted.length - 1],
                Arrays.stream(sorted).average().orElse(0));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static void explain(JdbcTemplate jdbc, String sql) {
        System.out.println("  " + sql);
        jdbc.queryForList("explain analyze " + sql, String.class).forEach(line -> System.out.println("    " + line));
    }
}
