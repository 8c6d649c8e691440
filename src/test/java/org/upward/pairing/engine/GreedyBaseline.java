package org.upward.pairing.engine;

import java.util.Arrays;
import java.util.Comparator;

/** What commercial tools do: take the best-scoring eligible pair first, then the next, while capacity lasts. */
final class GreedyBaseline {

    record Outcome(int pairs, long totalCenti, long lowestCenti) {}

    private GreedyBaseline() {}

    static Outcome pair(PairingInput input) {
        var instance = new PairingInstance(input);
        var edges = EligibleEdges.of(instance);
        Integer[] order = new Integer[edges.size()];
        int[] menteeOf = new int[edges.size()];
        for (int i = 0; i < edges.menteeCount; i++) {
            for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
                order[e] = e;
                menteeOf[e] = i;
            }
        }
        Arrays.sort(
                order, Comparator.<Integer>comparingInt(e -> -edges.score[e]).thenComparingInt(e -> e));
        boolean[] taken = new boolean[edges.menteeCount];
        int[] room =
                instance.mentors.stream().mapToInt(m -> m.profile().capacity()).toArray();
        int pairs = 0;
        long total = 0;
        long lowest = 0;
        for (int e : order) {
            int j = edges.mentor[e];
            if (!taken[menteeOf[e]] && room[j] > 0) {
                taken[menteeOf[e]] = true;
                room[j]--;
                pairs++;
                total += edges.score[e];
                lowest = edges.score[e];
            }
        }
        return new Outcome(pairs, total, lowest);
    }
}
