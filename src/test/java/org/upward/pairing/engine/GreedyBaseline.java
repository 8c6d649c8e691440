package org.upward.pairing.engine;

/** What commercial tools do: take the best-scoring eligible pair first, then the next, while capacity lasts. */
final class GreedyBaseline {

    record Outcome(int pairs, long totalCenti, long lowestCenti) {}

    private GreedyBaseline() {}

    static Outcome pair(PairingInput input) {
        var instance = new PairingInstance(input);
        int[] room =
                instance.mentors.stream().mapToInt(m -> m.profile().capacity()).toArray();
        return pair(EligibleEdges.of(instance), room);
    }

    /** Best score first, ties by edge index (a counting sort: scores are 0–10,000 hundredths). */
    static Outcome pair(EligibleEdges edges, int[] capacity) {
        int[] start = new int[10_002];
        for (int e = 0; e < edges.size(); e++) {
            start[10_000 - edges.score[e] + 1]++;
        }
        for (int s = 1; s < start.length; s++) {
            start[s] += start[s - 1];
        }
        int[] order = new int[edges.size()];
        int[] menteeOf = new int[edges.size()];
        for (int i = 0; i < edges.menteeCount; i++) {
            for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
                order[start[10_000 - edges.score[e]]++] = e;
                menteeOf[e] = i;
            }
        }
        boolean[] taken = new boolean[edges.menteeCount];
        int[] room = capacity.clone();
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
