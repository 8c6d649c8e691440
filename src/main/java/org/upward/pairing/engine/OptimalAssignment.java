package org.upward.pairing.engine;

/**
 * Maximum-weight assignment of mentees to mentors with capacities, exact, by successive shortest augmenting paths with
 * node potentials (the Jonker–Volgenant / Hungarian augmentation on a sparse graph instead of a capacity-expanded
 * matrix).
 *
 * <p>The flow network: each mentee sends one unit either to an eligible mentor (cost −weight) or straight to the sink
 * (cost 0: unmatched); each mentor passes up to its capacity to the sink, the first unit at cost −bonus (priority for
 * a mentor left unmatched last time; later units cost 0, which keeps the mentor's cost convex). {@link AuctionStart}
 * places most mentees without search while keeping the potentials a valid dual certificate; the others are added one
 * at a time: Dijkstra on reduced costs finds the cheapest augmenting path to the sink and stops as soon as the sink is
 * settled. Potentials then drop by {@code d(sink) − d(v)} for settled nodes only, which keeps every residual arc's
 * reduced cost non-negative (checked by assertions), so every augmentation is a shortest path and the final
 * assignment is a minimum-cost one, i.e. of maximum total weight.
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
        int[] left =
                new AuctionStart(edges, weight, capacity, firstUnitBonus, assignment.potential, assignment.slots).run();
        for (int mentee : left) {
            assignment.augmentFrom(mentee);
        }
        return assignment.edgeOf;
    }

    /** The highest value {@code weight + potential(head)} of the mentee's arcs, so that none has reduced cost < 0. */
    private long enteringPotential(int mentee) {
        long highest = potential[sink];
        for (int e = edges.rowStart[mentee]; e < edges.rowStart[mentee + 1]; e++) {
            highest = Math.max(highest, weight[e] + potential[n + edges.mentor[e]]);
        }
        return highest;
    }

    private void augmentFrom(int start) {
        round++;
        potential[start] = enteringPotential(start);
        int settledCount = 0;
        dist[start] = 0;
        reached[start] = round;
        settled[start] = round;
        settledNodes[settledCount++] = start;
        pred[start] = -1;
        scanMentee(start);
        // only mentors and the sink wait in the heap: a settled mentor's mentees are settled with it, at reduced
        // cost 0 (an arc in use is always tight), and their rows scanned at once
        while (!heap.isEmpty()) {
            int node = heap.poll();
            settled[node] = round;
            settledNodes[settledCount++] = node;
            if (node == sink) {
                break;
            }
            int j = node - n;
            if (load[j] < capacity[j]) {
                relax(node, sink, load[j] == 0 ? -firstUnitBonus[j] : 0, -1);
            }
            for (int k = 0; k < load[j]; k++) {
                int mentee = assigned[j][k];
                assert weight[edgeOf[mentee]] + potential[node] - potential[mentee] == 0 : "arc in use not tight";
                dist[mentee] = dist[node];
                reached[mentee] = round;
                settled[mentee] = round;
                settledNodes[settledCount++] = mentee;
                pred[mentee] = node;
                scanMentee(mentee);
            }
            if (reached[sink] == round && dist[sink] <= dist[node]) {
                // nothing left in the heap is nearer than the sink: settle it now
                settled[sink] = round;
                settledNodes[settledCount++] = sink;
                break;
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
        long base = dist[mentee] + potential[mentee];
        int[] mentor = edges.mentor;
        for (int e = edges.rowStart[mentee]; e < edges.rowStart[mentee + 1]; e++) {
            int node = n + mentor[e];
            if (settled[node] == round || node - n == current) {
                continue;
            }
            long candidate = base - weight[e] - potential[node];
            assert candidate >= dist[mentee] : "negative reduced cost";
            if (reached[node] != round || candidate < dist[node]) {
                reached[node] = round;
                dist[node] = candidate;
                pred[node] = mentee;
                predEdge[node] = e;
                heap.upsert(node);
            }
        }
        relax(mentee, sink, 0, -1);
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
