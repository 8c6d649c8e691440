package org.upward.support;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** The benchmarks' timer: a call made after a warm-up, its latency printed as p50, p95, p99 and max. */
public final class Latency {

    private Latency() {}

    /** {@code call} answers an HTTP status; anything but 200 stops the benchmark. */
    public static void measure(String label, int warmUp, int measured, Callable<Integer> call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            expectOk(call.call(), label);
        }
        double[] millis = new double[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            int status = call.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
            expectOk(status, label);
        }
        Arrays.sort(millis);
        System.out.printf(
                "%-40s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n",
                label, at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis[millis.length - 1]);
    }

    private static void expectOk(int status, String label) {
        if (status != 200) {
            throw new IllegalStateException(label + " answered " + status);
        }
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
