package org.upward.pairing.engine;

import java.util.Arrays;

/**
 * Solves on a shortlist of the edges first, then proves the result on every edge: most eligible pairs are far from
 * anything an optimum uses, and the searches of {@link OptimalAssignment} cost time in proportion to the edges they
 * cross (at 10,000 per side, 15 million edges against a shortlist of 350,000).
 *
 * <p>The optimum on the shortlist ({@link Shortlist}) comes with node potentials under which every arc of the
 * shortlist graph has reduced cost ≥ 0. An edge left out carries no flow, so the potentials prove the same assignment
 * optimal on all the edges as soon as each left-out edge also has reduced cost ≥ 0 (LP duality: a feasible flow and
 * feasible potentials in complementary slackness). Otherwise the mentees with such edges take their worst ones into
 * the shortlist and are freed: each leaves its place as a hole (its mentor still sends the unit on to the sink) and is
 * added back by a shortest path that ends at the sink or at a hole, from the potentials as they are (every other arc
 * keeps reduced cost ≥ 0); then the sink sends each unit it took too many back to a hole, also by shortest paths.
 * This repeats until no edge breaks the certificate; the shortlist only grows, so it ends, at worst with every edge.
 * Which optimum is found depends only on the edges, so the result stays deterministic.
 */
final class ShortlistAssignment {

    /**
     * How many of its best edges each mentee and each mentor starts with, and how many of a mentee's edges that break
     * the certificate join the shortlist per round.
     */
    static final int PICKS = 16;

    private ShortlistAssignment() {}

    static int[] solve(
            EligibleEdges edges, long factor, long[] offset, int[] capacity, long[] firstUnitBonus, int picks) {
        var shortlist = new Shortlist(edges, factor, offset, picks);
        int[] fullEdge = shortlist.listedEdges();
        if (fullEdge.length == edges.size()) {
            return OptimalAssignment.solveAll(edges, factor, offset, capacity, firstUnitBonus)
                    .edgeOf();
        }
        var solved = OptimalAssignment.solveAll(shortlist.subgraph(fullEdge), factor, offset, capacity, firstUnitBonus);
        while (true) {
            int[] freed = shortlist.addEdgesBreaking(solved.potential(), picks);
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
                edgeOf[i] = edgeOf[i] < 0 ? -1 : Arrays.binarySearch(fullEdge, edgeOf[i]);
            }
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
