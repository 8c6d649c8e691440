package org.upward.pairing.engine;

/**
 * Maximum-weight assignment of mentees to mentors with capacities, exact, by successive shortest augmenting paths with
 * node potentials (the Jonker–Volgenant / Hungarian augmentation on a sparse graph instead of a capacity-expanded
 * matrix).
 *
 * <p>The flow network: each mentee sends one unit either to an eligible mentor (cost −weight) or straight to the sink
 * (cost 0: unmatched); each mentor passes up to its capacity to the sink, the first unit at cost −bonus (priority for
 * a mentor left unmatched last time; later units cost 0, which keeps the mentor's cost convex). Mentees are added one
 * at a time in index order; for each, Dijkstra on reduced costs finds the cheapest augmenting path to the sink and
 * stops as soon as the sink is settled. Potentials then drop by {@code d(sink) − d(v)} for settled nodes only, which
 * keeps every residual arc's reduced cost non-negative (checked by assertions), so every augmentation is a shortest
 * path and the final assignment is a minimum-cost one, i.e. of maximum total weight. Initial potentials are the
 * column reduction of Jonker–Volgenant: a mentor starts at minus its best incoming weight, so each mentee's first
 * choice is found without search.
 *
 * <p>All weights are whole numbers, so there are no rounding ties; equal-cost choices go to the lower node index
 * (mentees and mentors sorted by id), so the result is deterministic.
 */
final class OptimalAssignment {

    private final EligibleEdges edges;
    private final long[] weight;
    private final int[] capacity;
    private final long[] firstUnitBonus;
    private final int n;
    private final int sink;

    private final long[] potential;
    private final long[] dist;
    private final int[] reached;
    private final int[] settled;
    private final int[] pred;
    private final int[] predEdge;
    private final int[] settledNodes;
    private final NodeHeap heap;

    private final MentorSlots slots;
    // the slots' arrays, read directly by the search's inner loops
    private final int[] edgeOf;
    private final int[] load;
    private final int[][] assigned;
    private int round;

    private OptimalAssignment(EligibleEdges edges, long[] weight, int[] capacity, long[] firstUnitBonus) {
        this.edges = edges;
        this.weight = weight;
        this.capacity = capacity;
        this.firstUnitBonus = firstUnitBonus;
        this.n = edges.menteeCount;
        int nodes = n + edges.mentorCount + 1;
        this.sink = nodes - 1;
        this.potential = new long[nodes];
        this.dist = new long[nodes];
        this.reached = new int[nodes];
        this.settled = new int[nodes];
        this.pred = new int[nodes];
        this.predEdge = new int[nodes];
        this.settledNodes = new int[nodes];
        this.heap = new NodeHeap(dist);
        this.slots = new MentorSlots(edges, capacity);
        this.edgeOf = slots.edgeOf;
        this.load = slots.load;
        this.assigned = slots.assigned;
    }

    /**
     * The assignment of maximum total weight.
     *
     * @param weight per edge of {@code edges}; positive
     * @param capacity per mentor
     * @param firstUnitBonus per mentor, added once when the mentor gets at least one mentee; non-negative
     * @return per mentee, the index of its edge in {@code edges}, or -1 when unmatched
     */
    static int[] solve(EligibleEdges edges, long[] weight, int[] capacity, long[] firstUnitBonus) {
        var assignment = new OptimalAssignment(edges, weight, capacity, firstUnitBonus);
        assignment.initialisePotentials();
        for (int mentee = 0; mentee < assignment.n; mentee++) {
            assignment.augmentFrom(mentee);
        }
        return assignment.edgeOf;
    }

    private void initialisePotentials() {
        long[] best = new long[edges.mentorCount];
        for (int e = 0; e < edges.size(); e++) {
            best[edges.mentor[e]] = Math.max(best[edges.mentor[e]], weight[e]);
        }
        long sinkPotential = 0;
        for (int j = 0; j < edges.mentorCount; j++) {
            potential[n + j] = -best[j];
            sinkPotential = Math.min(sinkPotential, -best[j] - firstUnitBonus[j]);
        }
        potential[sink] = sinkPotential;
    }

    private void augmentFrom(int start) {
        round++;
        int settledCount = 0;
        dist[start] = 0;
        reached[start] = round;
        pred[start] = -1;
        heap.upsert(start);
        while (!heap.isEmpty()) {
            int node = heap.poll();
            settled[node] = round;
            settledNodes[settledCount++] = node;
            if (node == sink) {
                break;
            }
            if (node < n) {
                scanMentee(node);
            } else {
                scanMentor(node);
            }
        }
        heap.clear();
        long sinkDist = dist[sink];
        for (int k = 0; k < settledCount; k++) {
            int node = settledNodes[k];
            potential[node] -= sinkDist - dist[node];
        }
        slots.applyPath(start, pred[sink], pred, predEdge);
    }

    private void scanMentee(int mentee) {
        int current = edgeOf[mentee] < 0 ? -1 : edges.mentor[edgeOf[mentee]];
        for (int e = edges.rowStart[mentee]; e < edges.rowStart[mentee + 1]; e++) {
            int j = edges.mentor[e];
            if (j != current) {
                relax(mentee, n + j, -weight[e], e);
            }
        }
        relax(mentee, sink, 0, -1);
    }

    private void scanMentor(int node) {
        int j = node - n;
        if (load[j] < capacity[j]) {
            relax(node, sink, load[j] == 0 ? -firstUnitBonus[j] : 0, -1);
        }
        for (int k = 0; k < load[j]; k++) {
            int mentee = assigned[j][k];
            relax(node, mentee, weight[edgeOf[mentee]], -1);
        }
    }

    private void relax(int from, int to, long cost, int edge) {
        if (settled[to] == round) {
            return;
        }
        long reduced = cost + potential[from] - potential[to];
        assert reduced >= 0 : "negative reduced cost " + reduced;
        long candidate = dist[from] + reduced;
        if (reached[to] != round || candidate < dist[to]) {
            reached[to] = round;
            dist[to] = candidate;
            pred[to] = from;
            predEdge[to] = edge;
            heap.upsert(to);
        }
    }
}
