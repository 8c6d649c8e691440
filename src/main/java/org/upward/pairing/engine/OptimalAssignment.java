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
    private final int[] score;
    private final long factor;
    private final long[] offset;
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

    private OptimalAssignment(EligibleEdges edges, long factor, long[] offset, int[] capacity, long[] firstUnitBonus) {
        this.edges = edges;
        this.score = edges.score;
        this.factor = factor;
        this.offset = offset;
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
     * @param factor with {@code offset}, the weight of edge e of mentee i: {@code factor × score[e] + offset[i]}, positive
     *     (every objective's weight has this form, and the search reads four bytes of score per edge, not eight)
     * @param offset per mentee
     * @param capacity per mentor
     * @param firstUnitBonus per mentor, added once when the mentor gets at least one mentee; non-negative
     * @return per mentee, the index of its edge in {@code edges}, or -1 when unmatched
     */
    static int[] solve(EligibleEdges edges, long factor, long[] offset, int[] capacity, long[] firstUnitBonus) {
        var assignment = new OptimalAssignment(edges, factor, offset, capacity, firstUnitBonus);
        int[] left = new AuctionStart(
                        edges, factor, offset, capacity, firstUnitBonus, assignment.potential, assignment.slots)
                .run();
        for (int mentee : left) {
            assignment.augmentFrom(mentee);
        }
        return assignment.edgeOf;
    }

    /** The highest value {@code weight + potential(head)} of the mentee's arcs, so that none has reduced cost < 0. */
    private long enteringPotential(int mentee) {
        long highest = potential[sink];
        for (int e = edges.rowStart[mentee]; e < edges.rowStart[mentee + 1]; e++) {
            highest = Math.max(highest, factor * score[e] + offset[mentee] + potential[n + edges.mentor[e]]);
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
        // only mentors wait in the heap: a settled mentor's mentees are settled with it, at reduced cost 0 (an arc in
        // use is always tight), and their rows scanned at once; the sink is settled as soon as nothing in the heap
        // is nearer
        while (!(reached[sink] == round && (heap.isEmpty() || dist[sink] <= dist[heap.peek()]))) {
            int node = heap.poll();
            settled[node] = round;
            settledNodes[settledCount++] = node;
            int j = node - n;
            if (load[j] < capacity[j]) {
                relaxSink(node, load[j] == 0 ? -firstUnitBonus[j] : 0);
            }
            for (int k = 0; k < load[j]; k++) {
                int mentee = assigned[j][k];
                assert factor * score[edgeOf[mentee]] + offset[mentee] + potential[node] - potential[mentee] == 0
                        : "arc in use not tight";
                dist[mentee] = dist[node];
                reached[mentee] = round;
                settled[mentee] = round;
                settledNodes[settledCount++] = mentee;
                pred[mentee] = node;
                scanMentee(mentee);
            }
        }
        settled[sink] = round;
        settledNodes[settledCount++] = sink;
        heap.clear();
        long sinkDist = dist[sink];
        for (int k = 0; k < settledCount; k++) {
            int node = settledNodes[k];
            potential[node] -= sinkDist - dist[node];
        }
        slots.applyPath(start, pred[sink], pred, predEdge);
    }

    private void scanMentee(int mentee) {
        // a settled mentor (the mentee's own one among them) never improves: its distance is at most the mentee's
        long base = dist[mentee] + potential[mentee] - offset[mentee];
        int[] mentor = edges.mentor;
        for (int e = edges.rowStart[mentee]; e < edges.rowStart[mentee + 1]; e++) {
            int node = n + mentor[e];
            long candidate = base - factor * score[e] - potential[node];
            assert candidate >= dist[mentee] || settled[node] == round : "negative reduced cost";
            if (reached[node] != round || candidate < dist[node]) {
                reached[node] = round;
                dist[node] = candidate;
                pred[node] = mentee;
                predEdge[node] = e;
                heap.upsert(node);
            }
        }
        relaxSink(mentee, 0);
    }

    private void relaxSink(int from, long cost) {
        long reduced = cost + potential[from] - potential[sink];
        assert reduced >= 0 : "negative reduced cost " + reduced;
        long candidate = dist[from] + reduced;
        if (reached[sink] != round || candidate < dist[sink]) {
            reached[sink] = round;
            dist[sink] = candidate;
            pred[sink] = from;
        }
    }
}
