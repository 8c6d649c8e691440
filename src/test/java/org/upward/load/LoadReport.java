package org.upward.load;

import java.io.PrintStream;

/** The table of figures: one line per request of the mix and one for all of them. */
final class LoadReport {

    private static final String ROW = "%-50s %7s %8s %9s %9s %9s %9s %7s%n";

    private LoadReport() {}

    static void print(Measurements measurements, int seconds, PrintStream out) {
        out.printf(ROW, "request", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
        for (Action action : Action.values()) {
            line(out, action.label, measurements.of(action), seconds);
        }
        line(out, "all", measurements.overall(), seconds);
        if (measurements.warmUpErrors() > 0) {
            out.printf("Errors during the warm-up (not in the table): %d%n", measurements.warmUpErrors());
        }
        if (!measurements.errorExamples().isEmpty()) {
            out.println("First errors:");
            measurements.errorExamples().forEach(example -> out.println("  " + example));
        }
    }

    private static void line(PrintStream out, String label, Measurements.Figures figures, int seconds) {
        out.printf(
                ROW,
                label,
                String.format("%,d", figures.count()),
                String.format("%.1f", figures.count() / (double) seconds),
                millis(figures.p50()),
                millis(figures.p95()),
                millis(figures.p99()),
                millis(figures.max()),
                String.format("%,d", figures.errors()));
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.1f", value);
    }
}
