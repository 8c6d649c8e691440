package org.upward.pairing.engine;

/**
 * Solves on a shortlist of the edges first, then proves the result on every edge: most eligible pairs are far from
 * anything an optimum uses, and the searches of {@link OptimalAssignment} cost time in proportion to the edges they
 * cross.
 *
 * <p>The optimum on the shortlist ({@link Shortlist}) comes with node potentials under which every arc of the
 * shortlist graph has reduced cost ≥ 0. An edge left out carries no flow, so the potentials prove the same assignment
 * optimal on all the edges as soon as each left-out edge also has reduced cost ≥ 0 (LP duality: a feasible flow and
 * feasible potentials in complementary slackness). Edges that break this join the shortlist and it is solved again,
 * until none does; the shortlist only grows, so this ends, at worst with every edge. Which optimum is found depends
 * only on the edges, so the result stays deterministic.
 */
final class ShortlistAssignment {

    /**
     * How many of its best edges each mentee and each mentor starts with, and how many of a mentee's edges that break
     * the certificate join the shortlist per round.
     */
    static final int PICKS = Integer.getInteger("picks", 16);

    static final boolean DEBUG = Boolean.getBoolean("dbg");

    private ShortlistAssignment() {}

    static int[] solve(
            EligibleEdges edges, long factor, long[] offset, int[] capacity, long[] firstUnitBonus, int picks) {
        var shortlist = new Shortlist(edges, factor, offset, picks);
        int[] fullEdge = shortlist.listedEdges();
        if (fullEdge.length == edges.size()) {
            return OptimalAssignment.solveAll(edges, factor, offset, capacity, firstUnitBonus)
                    .edgeOf();
        }
        long t0 = System.nanoTime();
        var solved = OptimalAssignment.solveAll(shortlist.subgraph(fullEdge), factor, offset, capacity, firstUnitBonus);
        while (true) {
            long t1 = System.nanoTime();
            int[] freed = shortlist.addEdgesBreaking(solved.potential(), picks);
            if (DEBUG) {
                System.err.printf(
                        "shortlist %d solve %d ms freed %d check %d ms%n",
                        fullEdge.length, (t1 - t0) / 1000000, freed.length, (System.nanoTime() - t1) / 1000000);
            }
            int[] edgeOf = solved.edgeOf();
            for (int i = 0; i < edgeOf.length; i++) {
                edgeOf[i] = edgeOf[i] < 0 ? -1 : fullEdge[edgeOf[i]];
            }
            if (freed.length == 0) {
                return edgeOf;
            }
            fullEdge = shortlist.listedEdges();
            var grown = fullEdge.length == edges.size() ? edges : shortlist.subgraph(fullEdge);
            for (int i = 0; i < edgeOf.length; i++) {
                edgeOf[i] = edgeOf[i] < 0 ? -1 : java.util.Arrays.binarySearch(fullEdge, edgeOf[i]);
            }
            t0 = System.nanoTime();
            solved = OptimalAssignment.resume(
                    grown,
                    factor,
                    offset,
                    capacity,
                    firstUnitBonus,
                    new OptimalAssignment.Certified(edgeOf, solved.potential()),
                    freed);
        }
    }
}
