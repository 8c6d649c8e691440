package org.upward.pairing.engine;

import java.util.Arrays;
import java.util.Locale;

/**
 * Times the engine on realistic programs of 100, 1,000 and 2,000 per side (fixed seed) for each objective, after a
 * warm-up, and compares total score and pairs with the greedy best-pair-first baseline. Run as a plain main method;
 * the command is in docs/benchmarks.md. {@code compare [runs]} instead compares the exact assignment with Google
 * OR-tools ({@link AssignmentComparison}); {@code whole [size]} times the whole run on a large program
 * ({@link WholeRun}).
 */
public final class PairingBenchmark {

    private static final long SEED = 20_270_111L;
    private static final int WARM_UPS = 3;
    private static final int RUNS = 5;

    private PairingBenchmark() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("compare")) {
            AssignmentComparison.run(args.length > 1 ? Integer.parseInt(args[1]) : 3);
            return;
        }
        if (args.length > 0 && args[0].equals("whole")) {
            WholeRun.run(args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
            return;
        }
        int[] sizes = args.length == 0
                ? new int[] {100, 1_000, 2_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.println("Mentor capacities 1-3:");
        table(sizes, 3);
        System.out.println();
        System.out.println("Tight: every mentor takes exactly 1 mentee:");
        table(sizes, 1);
    }

    private static void table(int[] sizes, int maxCapacity) {
        var engine = new PairingEngine();
        System.out.printf(
                "%-5s %-12s %7s %8s %8s %6s %11s %7s | %6s %11s %7s | %8s%n",
                "size",
                "objective",
                "run ms",
                "score ms",
                "edges",
                "pairs",
                "total",
                "lowest",
                "greedy",
                "total",
                "lowest",
                "gain");
        for (int size : sizes) {
            for (Objective objective : Objective.values()) {
                PairingInput input = RealisticPrograms.generate(SEED, size, objective, maxCapacity);
                for (int k = 0; k < WARM_UPS; k++) {
                    engine.run(input);
                }
                long[] runMillis = new long[RUNS];
                long[] scoreMillis = new long[RUNS];
                PairingResult result = null;
                int edges = 0;
                for (int k = 0; k < RUNS; k++) {
                    long started = System.nanoTime();
                    result = engine.run(input);
                    runMillis[k] = (System.nanoTime() - started) / 1_000_000;
                    started = System.nanoTime();
                    edges = EligibleEdges.of(new PairingInstance(input)).size();
                    scoreMillis[k] = (System.nanoTime() - started) / 1_000_000;
                }
                Arrays.sort(runMillis);
                Arrays.sort(scoreMillis);
                var greedy = GreedyBaseline.pair(input);
                double greedyTotal = greedy.totalCenti() / 100.0;
                double lowest = result.pairs().stream()
                        .mapToDouble(ProposedPair::score)
                        .min()
                        .orElse(0);
                System.out.printf(
                        Locale.ROOT,
                        "%-5d %-12s %7d %8d %8d %6d %11.2f %7.2f | %6d %11.2f %7.2f | %+7.2f%%%n",
                        size,
                        objective,
                        runMillis[RUNS / 2],
                        scoreMillis[RUNS / 2],
                        edges,
                        result.pairs().size(),
                        result.totalScore(),
                        lowest,
                        greedy.pairs(),
                        greedyTotal,
                        greedy.lowestCenti() / 100.0,
                        100 * (result.totalScore() - greedyTotal) / greedyTotal);
            }
        }
    }
}
