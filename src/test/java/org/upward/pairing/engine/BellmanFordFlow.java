package org.upward.pairing.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A textbook min-cost flow for tests: source → each mentee (1), mentee → mentor (−weight), mentee → sink (0, staying
 * unmatched), mentor → sink (first unit −bonus, the others 0), augmenting one unit at a time along a cheapest path
 * found by Bellman–Ford on the residual graph. Slow and simple; shares nothing with {@link OptimalAssignment}.
 */
final class BellmanFordFlow {

    private final List<int[]> arcs = new ArrayList<>(); // from, to, capacity
    private final List<Long> costs = new ArrayList<>();

    private BellmanFordFlow() {}

    static long maximumWeight(EligibleEdges edges, long factor, long[] offset, int[] capacity, long[] bonus) {
        var flow = new BellmanFordFlow();
        int n = edges.menteeCount;
        int m = edges.mentorCount;
        int source = n + m;
        int sink = source + 1;
        for (int i = 0; i < n; i++) {
            flow.add(source, i, 1, 0);
            flow.add(i, sink, 1, 0);
            for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
                flow.add(i, n + edges.mentor[e], 1, -(factor * edges.score[e] + offset[i]));
            }
        }
        for (int j = 0; j < m; j++) {
            flow.add(n + j, sink, 1, -bonus[j]);
            if (capacity[j] > 1) {
                flow.add(n + j, sink, capacity[j] - 1, 0);
            }
        }
        return -flow.minimumCost(source, sink, sink + 1, n);
    }

    private void add(int from, int to, int capacity, long cost) {
        arcs.add(new int[] {from, to, capacity});
        costs.add(cost);
        arcs.add(new int[] {to, from, 0});
        costs.add(-cost);
    }

    private long minimumCost(int source, int sink, int nodes, int units) {
        long total = 0;
        for (int unit = 0; unit < units; unit++) {
            long[] dist = new long[nodes];
            int[] via = new int[nodes];
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            dist[source] = 0;
            for (int round = 0; round < nodes; round++) {
                boolean changed = false;
                for (int a = 0; a < arcs.size(); a++) {
                    int[] arc = arcs.get(a);
                    if (arc[2] > 0 && dist[arc[0]] != Long.MAX_VALUE && dist[arc[0]] + costs.get(a) < dist[arc[1]]) {
                        dist[arc[1]] = dist[arc[0]] + costs.get(a);
                        via[arc[1]] = a;
                        changed = true;
                    }
                }
                if (!changed) {
                    break;
                }
            }
            total += dist[sink];
            for (int node = sink; node != source; node = arcs.get(via[node])[0]) {
                arcs.get(via[node])[2]--;
                arcs.get(via[node] ^ 1)[2]++;
            }
        }
        return total;
    }
}
