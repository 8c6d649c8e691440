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
    private final int[] holes;
    private int round;
    private int settledCount;

    private OptimalAssignment(
            EligibleEdges edges,
            long factor,
            long[] offset,
            int[] capacity,
            long[] firstUnitBonus,
            long[] potential,
            MentorSlots slots) {
        this.edges = edges;
        this.score = edges.score;
        this.factor = factor;
        this.offset = offset;
        this.capacity = capacity;
        this.firstUnitBonus = firstUnitBonus;
        this.n = edges.menteeCount;
        int nodes = n + edges.mentorCount + 1;
        this.sink = nodes - 1;
        this.potential = potential;
        this.dist = new long[nodes];
        this.reached = new int[nodes];
        this.settled = new int[nodes];
        this.pred = new int[nodes];
        this.predEdge = new int[nodes];
        this.settledNodes = new int[nodes];
        this.heap = new NodeHeap(dist);
        this.slots = slots;
        this.edgeOf = slots.edgeOf;
        this.load = slots.load;
        this.assigned = slots.assigned;
        this.holes = slots.holes;
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
        return ShortlistAssignment.solve(edges, factor, offset, capacity, firstUnitBonus, ShortlistAssignment.PICKS);
    }

    /** The optimum on exactly these edges (all of them, no shortlist), with the potentials that prove it. */
    static Certified solveAll(EligibleEdges edges, long factor, long[] offset, int[] capacity, long[] firstUnitBonus) {
        long[] potential = new long[edges.menteeCount + edges.mentorCount + 1];
        var slots = new MentorSlots(edges, capacity);
        var assignment = new OptimalAssignment(edges, factor, offset, capacity, firstUnitBonus, potential, slots);
        int[] left = new AuctionStart(edges, factor, offset, capacity, firstUnitBonus, potential, slots).run();
        return assignment.augmentAll(left);
    }

    /**
     * The optimum on these edges from an earlier one on fewer of them: the mentees in {@code freed} leave their places
     * and are added again by the shortest-path phase; every other pair and every potential is kept.
     *
     * @param earlier an optimum on a subset of these edges, its edge indices already translated to {@code edges}; its
     *     potentials must give every arc reduced cost ≥ 0 except arcs out of the freed mentees
     */
    static Certified resume(
            EligibleEdges edges,
            long factor,
            long[] offset,
            int[] capacity,
            long[] firstUnitBonus,
            Certified earlier,
            int[] freed) {
        var slots = new MentorSlots(edges, capacity);
        slots.placeAll(earlier.edgeOf());
        for (int mentee : freed) {
            slots.free(mentee);
        }
        return new OptimalAssignment(edges, factor, offset, capacity, firstUnitBonus, earlier.potential(), slots)
                .augmentAll(freed);
    }

    private Certified augmentAll(int[] mentees) {
        long t0 = System.nanoTime();
        for (int mentee : mentees) {
            augmentFrom(mentee);
        }
        int holeCount = java.util.Arrays.stream(holes).sum();
        for (int k = 0; k < holeCount; k++) {
            augmentFrom(sink); // the sink took more units than it gets in the end: each goes back to fill a hole
        }
        if (ShortlistAssignment.DEBUG) {
            System.err.printf(
                    "  left %d holes %d dijkstra %d ms scans %d%n",
                    mentees.length, holeCount, (System.nanoTime() - t0) / 1000000, scans);
        }
        return new Certified(edgeOf, potential);
    }

    /**
     * An optimal assignment and the node potentials that prove it: every residual arc has reduced cost
     * {@code cost + potential(tail) − potential(head) ≥ 0}.
     *
     * @param edgeOf per mentee, its edge or -1
     * @param potential per node: mentees, then mentors, then the sink
     */
    record Certified(int[] edgeOf, long[] potential) {}

    /** The highest value {@code weight + potential(head)} of the mentee's arcs, so that none has reduced cost < 0. */
    private long enteringPotential(int mentee) {
        long highest = potential[sink];
        for (int e = edges.rowStart[mentee]; e < edges.rowStart[mentee + 1]; e++) {
            highest = Math.max(highest, factor * score[e] + offset[mentee] + potential[n + edges.mentor[e]]);
        }
        return highest;
    }

    /**
     * One shortest augmenting path from {@code start}: from a mentee to the sink or to a hole; or from the sink (which
     * then took a unit too many) to a hole.
     */
    private void augmentFrom(int start) {
        round++;
        settledCount = 0;
        dist[start] = 0;
        reached[start] = round;
        settle(start);
        pred[start] = -1;
        if (start == sink) {
            scanSink();
        } else {
            potential[start] = enteringPotential(start);
            scanMentee(start);
        }
        // mentors wait in the heap (and mentees only when reached from the sink): a settled mentor's mentees are
        // settled with it, at reduced cost 0 (an arc in use is always tight), and their rows scanned at once; the
        // sink is settled as soon as nothing in the heap is nearer
        int end;
        while (true) {
            if (start != sink && reached[sink] == round && (heap.isEmpty() || dist[sink] <= dist[heap.peek()])) {
                end = sink;
                settle(sink);
                break;
            }
            int node = heap.poll();
            settle(node);
            if (node < n) {
                scanMentee(node);
                continue;
            }
            int j = node - n;
            if (holes[j] > 0) {
                end = node; // a freed place still sends its unit on to the sink: the path can fill it
                break;
            }
            if (load[j] < capacity[j]) {
                relaxSink(node, load[j] == 0 ? -firstUnitBonus[j] : 0);
            }
            for (int k = 0; k < load[j]; k++) {
                int mentee = assigned[j][k];
                assert factor * score[edgeOf[mentee]] + offset[mentee] + potential[node] - potential[mentee] == 0
                        : "arc in use not tight";
                dist[mentee] = dist[node];
                reached[mentee] = round;
                settle(mentee);
                pred[mentee] = node;
                scanMentee(mentee);
            }
        }
        heap.clear();
        long endDist = dist[end];
        for (int k = 0; k < settledCount; k++) {
            int node = settledNodes[k];
            potential[node] -= endDist - dist[node];
        }
        slots.applyPath(end, sink, pred, predEdge);
    }

    private void settle(int node) {
        settled[node] = round;
        settledNodes[settledCount++] = node;
    }

    /** The sink's residual arcs: back along a mentor's last unit, or back along an unmatched mentee's way out. */
    private void scanSink() {
        for (int j = 0; j < edges.mentorCount; j++) {
            if (load[j] > 0) {
                long reduced = (load[j] == 1 ? firstUnitBonus[j] : 0) + potential[sink] - potential[n + j];
                assert reduced >= 0 : "negative reduced cost " + reduced;
                reach(n + j, reduced, sink, -1);
            }
        }
        for (int i = 0; i < n; i++) {
            if (edgeOf[i] < 0) {
                long reduced = potential[sink] - potential[i];
                assert reduced >= 0 : "negative reduced cost " + reduced;
                reach(i, reduced, sink, -1);
            }
        }
    }

    private void reach(int node, long candidate, int from, int edge) {
        if (reached[node] != round || candidate < dist[node]) {
            reached[node] = round;
            dist[node] = candidate;
            pred[node] = from;
            predEdge[node] = edge;
            heap.upsert(node);
        }
    }

    long scans;

    private void scanMentee(int mentee) {
        scans++;
        // a settled mentor (the mentee's own one among them) never improves: its distance is at most the mentee's
        long base = dist[mentee] + potential[mentee] - offset[mentee];
        int[] mentor = edges.mentor;
        for (int e = edges.rowStart[mentee]; e < edges.rowStart[mentee + 1]; e++) {
            int node = n + mentor[e];
            long candidate = base - factor * score[e] - potential[node];
            assert candidate >= dist[mentee] || settled[node] == round : "negative reduced cost";
            reach(node, candidate, mentee, e);
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
