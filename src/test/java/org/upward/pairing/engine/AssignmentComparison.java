package org.upward.pairing.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * The engine's exact assignment ({@link OptimalAssignment} with the TOTAL_SCORE weights) against Google OR-tools and
 * the greedy baseline on exactly the same eligible pairs and scores, in one JVM, interleaved run by run so that the
 * load of the machine falls on all of them alike. Checks that the optimal totals agree to the hundredth and prints
 * the median times and the ratio engine / best OR-tools solver (below 1: the engine is faster).
 */
final class AssignmentComparison {

    private static final long SEED = 20_270_111L;

    private AssignmentComparison() {}

    static void run(int runs) {
        System.out.printf(
                "%-34s %10s | %9s %9s %-20s | %7s | %9s | %12s %12s%n",
                "instance",
                "edges",
                "engine ms",
                "OR ms",
                "OR-tools solver",
                "ratio",
                "greedy ms",
                "optimum",
                "greedy total");
        for (int size : new int[] {1_000, 2_000, 4_000}) {
            compare("dense uniform " + size + ", capacity 1", dense(size), ones(size), true, runs);
        }
        for (int size : new int[] {2_000, 8_000}) {
            for (int maxCapacity : new int[] {3, 1}) {
                var instance =
                        new PairingInstance(RealisticPrograms.generate(SEED, size, Objective.TOTAL_SCORE, maxCapacity));
                int[] capacity = instance.mentors.stream()
                        .mapToInt(m -> m.profile().capacity())
                        .toArray();
                String name = "realistic " + size + (maxCapacity == 1 ? ", every capacity 1" : ", capacities 1-3");
                compare(name, EligibleEdges.of(instance), capacity, false, runs);
            }
        }
    }

    private static void compare(String name, EligibleEdges edges, int[] capacity, boolean square, int runs) {
        engine(edges, capacity); // warm-up
        long[] engineNanos = new long[runs];
        long[] lsaNanos = new long[runs];
        long[] mcfNanos = new long[runs];
        long[] greedyNanos = new long[runs];
        long optimum = -1;
        GreedyBaseline.Outcome greedy = null;
        for (int r = 0; r < runs; r++) {
            long started = System.nanoTime();
            long engineTotal = engine(edges, capacity);
            engineNanos[r] = System.nanoTime() - started;
            if (square) {
                var lsa = OrToolsSolvers.linearSumAssignment(edges);
                lsaNanos[r] = lsa.nanos();
                agree(name, "LinearSumAssignment", engineTotal, lsa.totalCenti());
            } else {
                var mcf = OrToolsSolvers.minCostFlow(edges, capacity);
                mcfNanos[r] = mcf.nanos();
                agree(name, "SimpleMinCostFlow", engineTotal, mcf.totalCenti());
            }
            started = System.nanoTime();
            greedy = GreedyBaseline.pair(edges, capacity);
            greedyNanos[r] = System.nanoTime() - started;
            optimum = engineTotal;
        }
        double engineMs = median(engineNanos);
        double best = square ? median(lsaNanos) : median(mcfNanos);
        System.out.printf(
                Locale.ROOT,
                "%-34s %,10d | %9.0f %9.0f %-20s | %6.2fx | %9.0f | %12.2f %12.2f%n",
                name,
                edges.size(),
                engineMs,
                best,
                square ? "LinearSumAssignment" : "SimpleMinCostFlow",
                engineMs / best,
                median(greedyNanos),
                optimum / 100.0,
                greedy.totalCenti() / 100.0);
    }

    /** The engine's optimum, total score in hundredths, as AssignmentObjectives weighs TOTAL_SCORE. */
    static long engine(EligibleEdges edges, int[] capacity) {
        long pairBound = Math.min(
                edges.menteeCount, Arrays.stream(capacity).asLongStream().sum());
        long[] offset = new long[edges.menteeCount];
        java.util.Arrays.fill(offset, 1);
        int[] edgeOf = OptimalAssignment.solve(edges, pairBound + 1, offset, capacity, new long[edges.mentorCount]);
        long total = 0;
        for (int e : edgeOf) {
            total += e < 0 ? 0 : edges.score[e];
        }
        return total;
    }

    /** Every pair eligible, scores uniform in 0.01–100.00 (hundredths 1–10,000). */
    static EligibleEdges dense(int size) {
        var random = new Random(SEED + size);
        int[] rowStart = new int[size + 1];
        int[] mentor = new int[size * size];
        int[] score = new int[size * size];
        for (int i = 0; i < size; i++) {
            rowStart[i + 1] = rowStart[i] + size;
            for (int j = 0; j < size; j++) {
                mentor[i * size + j] = j;
                score[i * size + j] = 1 + random.nextInt(10_000);
            }
        }
        return new EligibleEdges(size, size, rowStart, mentor, score);
    }

    private static int[] ones(int size) {
        int[] capacity = new int[size];
        Arrays.fill(capacity, 1);
        return capacity;
    }

    private static void agree(String name, String solver, long engine, long other) {
        if (engine != other) {
            throw new IllegalStateException(name + ": engine " + engine + " but " + solver + " " + other);
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
