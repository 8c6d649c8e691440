package org.upward.pairing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * On random instances too large for brute force (up to 60 per side), with many equal scores (ties), capacities 1–3,
 * first-unit bonuses and mentors too few for everyone, {@link OptimalAssignment} (auction start, then shortest paths)
 * reaches the same optimum as a plain min-cost flow by Bellman–Ford that shares no code with it, and keeps every
 * capacity.
 */
class AssignmentReferenceTest {

    @Test
    void sameOptimumAsBellmanFordMinCostFlow() {
        sameOptimumWithShortlistsOf(ShortlistAssignment.PICKS);
    }

    /** Shortlists of one or two edges leave most optima outside them: every round of repair is exercised. */
    @Test
    void sameOptimumFromTinyShortlists() {
        sameOptimumWithShortlistsOf(1);
        sameOptimumWithShortlistsOf(2);
    }

    private static void sameOptimumWithShortlistsOf(int picks) {
        for (long seed = 1; seed <= 1_500; seed++) {
            var random = new Random(seed);
            int n = 1 + random.nextInt(60);
            int m = 1 + random.nextInt(60);
            int maxScore = random.nextBoolean() ? 5 : 10_000;
            double density = random.nextBoolean() ? 1.0 : 0.05 + random.nextDouble() / 3;
            int[] rowStart = new int[n + 1];
            List<Integer> mentors = new ArrayList<>();
            List<Integer> scores = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    if (random.nextDouble() < density) {
                        mentors.add(j);
                        scores.add(1 + random.nextInt(maxScore));
                    }
                }
                rowStart[i + 1] = mentors.size();
            }
            var edges = new EligibleEdges(
                    n,
                    m,
                    rowStart,
                    mentors.stream().mapToInt(Integer::intValue).toArray(),
                    scores.stream().mapToInt(Integer::intValue).toArray());
            int maxCapacity = random.nextBoolean() ? 1 : 3;
            int[] capacity = random.ints(m, 1, maxCapacity + 1).toArray();
            long[] bonus = new long[m];
            long[] offset = new long[n];
            for (int j = 0; j < m; j++) {
                bonus[j] = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
            }
            for (int i = 0; i < n; i++) {
                offset[i] = random.nextInt(3);
            }
            long factor = 1 + random.nextInt(3);
            int[] edgeOf = ShortlistAssignment.solve(edges, factor, offset, capacity, bonus, picks);
            long engine = valueOf(edges, factor, offset, capacity, bonus, edgeOf, "seed " + seed);
            long reference = BellmanFordFlow.maximumWeight(edges, factor, offset, capacity, bonus);
            assertThat(engine).as("seed %d, shortlists of %d", seed, picks).isEqualTo(reference);
        }
    }

    private static long valueOf(
            EligibleEdges edges, long factor, long[] offset, int[] capacity, long[] bonus, int[] edgeOf, String what) {
        int[] load = new int[capacity.length];
        long total = 0;
        for (int i = 0; i < edgeOf.length; i++) {
            int e = edgeOf[i];
            if (e < 0) {
                continue;
            }
            assertThat(e).as(what).isBetween(edges.rowStart[i], edges.rowStart[i + 1] - 1);
            int j = edges.mentor[e];
            total += factor * edges.score[e] + offset[i] + (load[j] == 0 ? bonus[j] : 0);
            load[j]++;
        }
        for (int j = 0; j < capacity.length; j++) {
            assertThat(load[j]).as(what).isLessThanOrEqualTo(capacity[j]);
        }
        assertThat(Arrays.stream(edgeOf).filter(e -> e >= 0).count()).as(what).isLessThanOrEqualTo(edges.menteeCount);
        return total;
    }
}
