package org.upward.impact.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.upward.support.BenchmarkApp;
import org.upward.support.Latency;

/**
 * Server time of the board pack of the demo pilot ("Reverse mentoring pilot 2026"): the first PDF after the start
 * (class loading, PDFBox's font cache), then {@code GET /api/v1/programs/{id}/results.pdf} against {@code GET
 * /api/v1/programs/{id}/results} (the same reads as JSON) through the whole MVC and security stack with an
 * executive's Bearer token, and the rendering alone (template and PDF, no database). Prints p50/p95/p99/max after a
 * warm-up, and writes the first PDF to target/board-pack-pilot.pdf. Run as documented in docs/benchmarks.md.
 */
public final class BoardPackBenchmark {

    private static final String PILOT = "Reverse mentoring pilot 2026";
    /** Where the first PDF is written, to look at. */
    private static final Path SAVED = Path.of("target", "board-pack-pilot.pdf");

    private static int warmUp = 20;
    private static int measured = 100;

    private BoardPackBenchmark() {}

    /** Arguments, optional: the number of warm-up and of measured requests per endpoint (20 and 100). */
    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            warmUp = Integer.parseInt(args[0]);
            measured = Integer.parseInt(args[1]);
        }
        try (ConfigurableApplicationContext app = BenchmarkApp.start(
                "upward_bench_board_pack", "bench.admin@example.com", Map.of("upward.demo.enabled", "true"))) {
            long pilot = app.getBean(JdbcTemplate.class)
                    .queryForObject("select id from program where name = ?", Long.class, PILOT);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                    .apply(springSecurity())
                    .build();
            String token = JsonPath.read(
                    mvc.perform(post("/api/v1/tokens")
                                    .with(httpBasic("exec@demo.upward.app", "upward-demo"))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"name\": \"benchmark\"}"))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.token");
            MockHttpServletRequestBuilder pdf =
                    get("/api/v1/programs/" + pilot + "/results.pdf").header("Authorization", "Bearer " + token);
            long start = System.nanoTime();
            byte[] first = mvc.perform(pdf).andReturn().getResponse().getContentAsByteArray();
            System.out.printf(
                    "Board pack of the demo pilot, %s: the first after the start %.0f ms, %,d bytes (%s)%n",
                    Runtime.version(), (System.nanoTime() - start) / 1e6, first.length, SAVED);
            Files.write(SAVED, first);
            System.out.printf("%d warm-up + %d measured each%n", warmUp, measured);
            measure(
                    "GET /api/v1/programs/{id}/results",
                    () -> status(
                            mvc,
                            get("/api/v1/programs/" + pilot + "/results").header("Authorization", "Bearer " + token)));
            measure("GET /api/v1/programs/{id}/results.pdf", () -> status(mvc, pdf));
            BoardPack boardPack = app.getBean(BoardPack.class);
            ResultsContent content =
                    ResultsContent.of(app.getBean(ImpactReportService.class).dashboard(pilot));
            measure("rendering alone (template + PDF)", () -> {
                boardPack.render(content);
                return 200;
            });
        }
    }

    private static int status(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static void measure(String label, Callable<Integer> call) throws Exception {
        Latency.measure(label, warmUp, measured, call);
    }
}
