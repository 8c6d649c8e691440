package org.upward.pairing.engine;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The whole {@link PairingEngine#run} (scoring, assignment, explanations) on one large realistic program, capacities
 * 1–3 and every capacity 1; prints each run's time, the CPU time of the whole process during it (all threads: does not
 * count the waits for a core on a loaded machine) and the heap's peak use. Run with the heap limit to check (e.g.
 * {@code -Xmx1g}).
 */
final class WholeRun {

    private static final long SEED = 20_270_111L;
    private static final int RUNS = 3;

    private WholeRun() {}

    static void run(int size) {
        System.out.printf(Locale.ROOT, "max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        for (int maxCapacity : new int[] {3, 1}) {
            PairingInput input = RealisticPrograms.generate(SEED, size, Objective.TOTAL_SCORE, maxCapacity);
            var engine = new PairingEngine();
            for (int r = 0; r < RUNS; r++) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(pool -> pool.resetPeakUsage());
                long cpuStarted = processCpuNanos();
                long started = System.nanoTime();
                PairingResult result = engine.run(input);
                long millis = (System.nanoTime() - started) / 1_000_000;
                long cpuMillis = (processCpuNanos() - cpuStarted) / 1_000_000;
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum();
                System.out.printf(
                        Locale.ROOT,
                        "%,d per side, capacities 1-%d, run %d: %,d ms (CPU %,d ms), %,d pairs, total %.2f, heap peak %d MB%n",
                        size,
                        maxCapacity,
                        r + 1,
                        millis,
                        cpuMillis,
                        result.pairs().size(),
                        result.totalScore(),
                        peak >> 20);
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
