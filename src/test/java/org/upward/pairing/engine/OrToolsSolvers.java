package org.upward.pairing.engine;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * Google OR-tools on the engine's eligible pairs, for the benchmark only (test scope). Each solver maximises the total
 * score in hundredths; the returned time covers {@code solve()} only, not building OR-tools' graph through JNI.
 */
final class OrToolsSolvers {

    record Solved(long totalCenti, long nanos) {}

    static {
        Loader.loadNativeLibraries();
    }

    private OrToolsSolvers() {}

    /** LinearSumAssignment: a perfect assignment of a square instance where every mentor takes one mentee. */
    static Solved linearSumAssignment(EligibleEdges edges) {
        var assignment = new LinearSumAssignment();
        for (int i = 0; i < edges.menteeCount; i++) {
            for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
                assignment.addArcWithCost(i, edges.mentor[e], -edges.score[e]);
            }
        }
        long started = System.nanoTime();
        var status = assignment.solve();
        long nanos = System.nanoTime() - started;
        if (status != LinearSumAssignment.Status.OPTIMAL) {
            throw new IllegalStateException("LinearSumAssignment: " + status);
        }
        long total = -assignment.getOptimalCost();
        assignment.delete();
        return new Solved(total, nanos);
    }

    /**
     * SimpleMinCostFlow: each mentee sends one unit to an eligible mentor (cost −score) or straight to the sink (cost
     * 0, staying unmatched); each mentor passes up to its capacity to the sink.
     */
    static Solved minCostFlow(EligibleEdges edges, int[] capacity) {
        int n = edges.menteeCount;
        int m = edges.mentorCount;
        int sink = n + m;
        var flow = new MinCostFlow(sink + 1, edges.size() + n + m);
        for (int i = 0; i < n; i++) {
            for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
                flow.addArcWithCapacityAndUnitCost(i, n + edges.mentor[e], 1, -edges.score[e]);
            }
            flow.addArcWithCapacityAndUnitCost(i, sink, 1, 0);
            flow.setNodeSupply(i, 1);
        }
        for (int j = 0; j < m; j++) {
            flow.addArcWithCapacityAndUnitCost(n + j, sink, capacity[j], 0);
        }
        flow.setNodeSupply(sink, -n);
        long started = System.nanoTime();
        var status = flow.solve();
        long nanos = System.nanoTime() - started;
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("MinCostFlow: " + status);
        }
        long total = -flow.getOptimalCost();
        flow.delete();
        return new Solved(total, nanos);
    }
}
