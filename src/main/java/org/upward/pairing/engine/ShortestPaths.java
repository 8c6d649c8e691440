package org.upward.pairing.engine;

/**
 * The shortest-path phase of {@link OptimalAssignment}: adds mentees one at a time, each by the cheapest augmenting
 * path on reduced costs (Dijkstra, {@link SearchFront}), then lowers the potentials of the nodes it settled so that
 * every residual arc keeps reduced cost ≥ 0 (checked by assertions).
 */
final class ShortestPaths {

    private final EligibleEdges edges;
    private final int[] score;
    private final long factor;
    private final long[] offset;
    private final int[] capacity;
    private final long[] firstUnitBonus;
    private final int n;
    private final int sink;

    private final long[] potential;
    private final SearchFront front;
    private final long[] dist;

    private final MentorSlots slots;
    // the slots' arrays, read directly by the search's inner loops
    private final int[] edgeOf;
    private final int[] load;
    private final int[][] assigned;
    private final int[] holes;

    ShortestPaths(
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
        this.front = new SearchFront(nodes);
        this.dist = front.dist;
        this.slots = slots;
        this.edgeOf = slots.edgeOf;
        this.load = slots.load;
        this.assigned = slots.assigned;
        this.holes = slots.holes;
    }

    OptimalAssignment.Certified augmentAll(int[] mentees) {
        for (int mentee : mentees) {
            augmentFrom(mentee);
        }
        int holeCount = java.util.Arrays.stream(holes).sum();
        for (int k = 0; k < holeCount; k++) {
            augmentFrom(sink); // the sink took more units than it gets in the end: each goes back to fill a hole
        }
        return new OptimalAssignment.Certified(edgeOf, potential);
    }

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
        front.begin(start);
        if (start == sink) {
            scanSink();
        } else {
            potential[start] = enteringPotential(start);
            scanMentee(start);
        }
        // mentors wait in the heap (and mentees only when reached from the sink), or on the stack of nodes reached at
        // the distance being settled (many arcs are tight, and each would sift to the heap's top); a settled mentor's
        // mentees are settled with it, at reduced cost 0 (an arc in use is always tight), and their rows scanned at
        // once; the sink is settled as soon as nothing waiting is nearer
        int end;
        while (true) {
            long next = front.nextDistance();
            if (start != sink && front.isReached(sink) && dist[sink] <= next) {
                end = sink;
                front.settle(sink);
                break;
            }
            int node = front.settleNext();
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
                front.settleWith(mentee, node);
                scanMentee(mentee);
            }
        }
        front.finish(end, potential);
        slots.applyPath(end, sink, front.pred, front.predEdge);
    }

    /** The sink's residual arcs: back along a mentor's last unit, or back along an unmatched mentee's way out. */
    private void scanSink() {
        for (int j = 0; j < edges.mentorCount; j++) {
            if (load[j] > 0) {
                long reduced = (load[j] == 1 ? firstUnitBonus[j] : 0) + potential[sink] - potential[n + j];
                assert reduced >= 0 : "negative reduced cost " + reduced;
                front.reach(n + j, reduced, sink, -1);
            }
        }
        for (int i = 0; i < n; i++) {
            if (edgeOf[i] < 0) {
                long reduced = potential[sink] - potential[i];
                assert reduced >= 0 : "negative reduced cost " + reduced;
                front.reach(i, reduced, sink, -1);
            }
        }
    }

    private void scanMentee(int mentee) {
        // a settled mentor (the mentee's own one among them) never improves: its distance is at most the mentee's
        long base = dist[mentee] + potential[mentee] - offset[mentee];
        int[] mentor = edges.mentor;
        for (int e = edges.rowStart[mentee]; e < edges.rowStart[mentee + 1]; e++) {
            int node = n + mentor[e];
            long candidate = base - factor * score[e] - potential[node];
            assert candidate >= dist[mentee] || front.isSettled(node) : "negative reduced cost";
            front.reach(node, candidate, mentee, e);
        }
        relaxSink(mentee, 0);
    }

    private void relaxSink(int from, long cost) {
        long reduced = cost + potential[from] - potential[sink];
        assert reduced >= 0 : "negative reduced cost " + reduced;
        long candidate = dist[from] + reduced;
        front.reachUnqueued(sink, candidate, from);
    }
}
