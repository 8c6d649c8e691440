package org.upward.load;

import java.io.PrintStream;

/** The table of figures: one line per request of the mix and one for all of them. */
final class LoadReport {

    private static final String ROW = "%-52s %7s %8s %9s %9s %9s %9s %7s %9s %9s %8s%n";

    private LoadReport() {}

    /**
     * Client-side figures per request, and what the server spent on each (SQL statements and rows read per
     * request, mean and in brackets the most, and the request thread's CPU milliseconds, mean; warm-up included).
     */
    static void print(Measurements measurements, ServerQueries queries, int seconds, PrintStream out) {
        out.printf(
                ROW,
                "request",
                "count",
                "req/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                "errors",
                "SQL/req",
                "rows/req",
                "CPU ms");
        for (Action action : Action.values()) {
            ServerQueries.Figures server = queries.of(action.name());
            line(
                    out,
                    action.label,
                    measurements.of(action),
                    seconds,
                    perRequest(server.statements(), server.maxStatements()),
                    perRequest(server.rows(), server.maxRows()),
                    Double.isNaN(server.cpuMillis()) ? "-" : String.format("%.1f", server.cpuMillis()));
        }
        line(out, "all (the mix, without the probe)", measurements.overall(), seconds, "", "", "");
        Measurements.Figures floor = measurements.of(Action.HEALTH);
        out.printf(
                "Against the health floor (p95 %.1f ms): dashboard page p95 %.1fx, impact API %.1fx, results API %.1fx%n",
                floor.p95(),
                measurements.of(Action.IMPACT_PAGE).p95() / floor.p95(),
                measurements.of(Action.IMPACT_API).p95() / floor.p95(),
                measurements.of(Action.RESULTS_API).p95() / floor.p95());
        if (measurements.warmUpErrors() > 0) {
            out.printf("Errors during the warm-up (not in the table): %d%n", measurements.warmUpErrors());
        }
        if (!measurements.errorExamples().isEmpty()) {
            out.println("First errors:");
            measurements.errorExamples().forEach(example -> out.println("  " + example));
        }
    }

    /** The highest p99 of any kind of request of the mix. */
    static double worstP99(Measurements measurements) {
        double worst = 0;
        for (Action action : Action.values()) {
            double p99 = measurements.of(action).p99();
            if (action.role != Role.PROBE && !Double.isNaN(p99)) {
                worst = Math.max(worst, p99);
            }
        }
        return worst;
    }

    private static String perRequest(double mean, long most) {
        return Double.isNaN(mean) ? "-" : String.format("%.0f (%d)", mean, most);
    }

    private static void line(
            PrintStream out,
            String label,
            Measurements.Figures figures,
            int seconds,
            String statements,
            String rows,
            String cpu) {
        out.printf(
                ROW,
                label,
                String.format("%,d", figures.count()),
                String.format("%.1f", figures.count() / (double) seconds),
                millis(figures.p50()),
                millis(figures.p95()),
                millis(figures.p99()),
                millis(figures.max()),
                String.format("%,d", figures.errors()),
                statements,
                rows,
                cpu);
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.1f", value);
    }
}
