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
 * at a time ({@link ShortestPaths}): Dijkstra on reduced costs finds the cheapest augmenting path to the sink and stops as soon as the sink is
 * settled. Potentials then drop by {@code d(sink) − d(v)} for settled nodes only, which keeps every residual arc's
 * reduced cost non-negative (checked by assertions), so every augmentation is a shortest path and the final
 * assignment is a minimum-cost one, i.e. of maximum total weight. {@link #solve} runs this on a shortlist of the
 * edges first ({@link ShortlistAssignment}), which resumes it from an earlier optimum: freed mentees leave holes, and
 * a path may also end at a hole, or start from the sink to fill one.
 *
 * <p>All weights are whole numbers, so there are no rounding ties; equal-cost choices go to the lower node index
 * (mentees and mentors sorted by id), so the result is deterministic.
 */
final class OptimalAssignment {

    private OptimalAssignment() {}

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
        var paths = new ShortestPaths(edges, factor, offset, capacity, firstUnitBonus, potential, slots);
        int[] left = new AuctionStart(edges, factor, offset, capacity, firstUnitBonus, potential, slots).run();
        return paths.augmentAll(left);
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
        return new ShortestPaths(edges, factor, offset, capacity, firstUnitBonus, earlier.potential(), slots)
                .augmentAll(freed);
    }

    /**
     * An optimal assignment and the node potentials that prove it: every residual arc has reduced cost
     * {@code cost + potential(tail) − potential(head) ≥ 0}.
     *
     * @param edgeOf per mentee, its edge or -1
     * @param potential per node: mentees, then mentors, then the sink
     */
    record Certified(int[] edgeOf, long[] potential) {}
}
