package org.upward.impact.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.upward.impact.LargeProgram;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.support.BenchmarkApp;
import org.upward.support.Latency;
import org.upward.survey.SurveyResults;

/**
 * Server time of the impact dashboard on the large generated program: {@code GET /api/v1/programs/{id}/impact},
 * {@code GET /api/v1/programs/{id}/results} (every kind of measure judged),
 * the dashboard page, the admin's home page (whose to-do list looks at every program) and, as the floor,
 * {@code /actuator/health}, each through the application's whole MVC and
 * security stack (MockMvc on the running context; the page with the session of one form login, the API with a
 * Bearer token, so no password hashing is timed). Prints p50/p95/p99/max after a warm-up. Run as documented in
 * docs/benchmarks.md.
 */
public final class ImpactBenchmark {

    private static int warmUp = 30;
    private static int measured = 200;

    private ImpactBenchmark() {}

    /**
     * Arguments, optional: the number of warm-up and of measured requests per endpoint (30 and 200). The system
     * property {@code benchmark.database} names the database it creates (upward_bench_impact).
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            warmUp = Integer.parseInt(args[0]);
            measured = Integer.parseInt(args[1]);
        }
        try (ConfigurableApplicationContext app = BenchmarkApp.start(
                System.getProperty("benchmark.database", "upward_bench_impact"), "bench.admin@example.com", Map.of())) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long fillStart = System.nanoTime();
            long programId = LargeProgram.fill(jdbc);
            System.out.printf(
                    "Filled in %,d ms: %,d people, %,d enrollments, %,d pairs, %,d sessions, %,d feedback, %,d check-ins,"
                            + " %,d assessment ratings, %,d survey responses%n",
                    (System.nanoTime() - fillStart) / 1_000_000,
                    count(jdbc, "person"),
                    count(jdbc, "enrollment"),
                    count(jdbc, "mentoring_pair"),
                    count(jdbc, "mentoring_session"),
                    count(jdbc, "session_feedback"),
                    count(jdbc, "pair_check_in"),
                    count(jdbc, "assessment_rating"),
                    count(jdbc, "survey_response"));
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                    .apply(springSecurity())
                    .build();
            System.out.printf(
                    "Impact dashboard, %s, %d warm-up + %d measured requests each%n",
                    Runtime.version(), warmUp, measured);
            measure(mvc, "GET /actuator/health (floor)", get("/actuator/health"));
            MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                            .param("email", "bench.admin@example.com")
                            .param("password", BenchmarkApp.ADMIN_PASSWORD)
                            .with(csrf()))
                    .andReturn()
                    .getRequest()
                    .getSession(false);
            String page = mvc.perform(get("/impact/programs/" + programId).session(session))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "impact-page.html"), page);
            System.out.printf("The page: %,d characters (target/impact-page.html)%n", page.length());
            measure(
                    mvc,
                    "GET /impact/programs/{id} (page)",
                    get("/impact/programs/" + programId).session(session));
            // the admin's home page builds the to-do list of every program, the large running one included
            measure(mvc, "GET /admin (home with to-do list)", get("/admin").session(session));
            String token = JsonPath.read(
                    mvc.perform(post("/api/v1/tokens")
                                    .with(httpBasic("bench.admin@example.com", BenchmarkApp.ADMIN_PASSWORD))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"name\": \"benchmark\"}"))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.token");
            measure(
                    mvc,
                    "GET /api/v1/programs/{id}/impact",
                    get("/api/v1/programs/" + programId + "/impact").header("Authorization", "Bearer " + token));
            measure(
                    mvc,
                    "GET /api/v1/programs/{id}/results",
                    get("/api/v1/programs/" + programId + "/results").header("Authorization", "Bearer " + token));
            System.out.println("Where the time goes: each section's queries, called directly");
            measureSections(app, programId);
        }
    }

    private static void measureSections(ConfigurableApplicationContext app, long programId) throws Exception {
        ProgramView program = app.getBean(ProgramService.class).get(programId);
        time("participation", () -> app.getBean(ParticipationQuery.class).of(programId));
        time("engagement and match quality", () -> app.getBean(ActivityQuery.class)
                .of(programId));
        time("self-ratings (skill growth and skill measures)", () -> app.getBean(SelfRatingsQuery.class)
                .of(programId, program.objectives()));
        time("culture (survey results)", () -> app.getBean(SurveyResults.class).of(programId));
        time("retention", () -> app.getBean(RetentionQuery.class)
                .of(programId, program.startDate(), program.endDate()));
        time("shareable quotes", () -> app.getBean(SharedQuotes.class).of(programId));
        time("business outcomes", () -> app.getBean(OutcomeQuery.class).of(programId, program.cost()));
        MeasureData measures = app.getBean(MeasureData.class);
        SelfRatings ratings = app.getBean(SelfRatingsQuery.class).of(programId, program.objectives());
        time(
                "results: one skill measure's data",
                () -> ratings.scores(
                        ObjectiveMeasure.Side.MENTEE,
                        List.of(program.objectives().get(1).measure().skills().get(0))));
        time(
                "results: one survey measure's data",
                () -> measures.surveyScores(programId, "MONTH_6", ObjectiveMeasure.SurveyItem.COLLABORATION));
    }

    private static void time(String label, Runnable section) throws Exception {
        measure(label, () -> {
            section.run();
            return 200;
        });
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void measure(MockMvc mvc, String label, MockHttpServletRequestBuilder request) throws Exception {
        measure(label, () -> mvc.perform(request).andReturn().getResponse().getStatus());
    }

    private static void measure(String label, Callable<Integer> call) throws Exception {
        Latency.measure(label, warmUp, measured, call);
    }
}
