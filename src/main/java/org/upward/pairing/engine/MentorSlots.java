package org.upward.pairing.engine;

import java.util.Arrays;

/**
 * The assignment {@link OptimalAssignment} builds up: the edge each mentee is placed on and the mentees each mentor
 * holds, one slot per unit of capacity. The search reads the arrays directly; an augmenting path changes them here.
 */
final class MentorSlots {

    /** Per mentee, the index of its edge in the eligible edges, or -1 while unmatched. */
    final int[] edgeOf;

    /** Per mentor, how many of its slots are in use (a slot may be -1 while a path is applied). */
    final int[] load;

    /** Per mentor, the mentees in its slots. */
    final int[][] assigned;

    private final EligibleEdges edges;
    private final int n;

    MentorSlots(EligibleEdges edges, int[] capacity) {
        this.edges = edges;
        this.n = edges.menteeCount;
        this.edgeOf = new int[n];
        Arrays.fill(edgeOf, -1);
        this.load = new int[edges.mentorCount];
        this.assigned = new int[edges.mentorCount][];
        for (int j = 0; j < edges.mentorCount; j++) {
            assigned[j] = new int[capacity[j]];
        }
    }

    /**
     * Walks an augmenting path back from the sink: each mentor on it takes the mentee before it and releases the one
     * after.
     *
     * @param start the mentee the path starts from
     * @param last the node the path reaches the sink from
     * @param pred per node, the node before it on the path
     * @param predEdge per mentor node, the edge it is reached by
     */
    void applyPath(int start, int last, int[] pred, int[] predEdge) {
        int node = last;
        if (node < n) {
            if (edgeOf[node] >= 0) {
                releaseFromMentor(node);
                edgeOf[node] = -1;
            }
            node = pred[node];
        } else {
            int j = node - n;
            assigned[j][load[j]++] = -1;
        }
        while (node >= 0) {
            int j = node - n;
            int mentee = pred[node];
            int slot = slotOf(j, -1);
            assigned[j][slot] = mentee;
            int previous = edgeOf[mentee];
            edgeOf[mentee] = predEdge[node];
            if (previous >= 0) {
                int previousMentor = edges.mentor[previous];
                assigned[previousMentor][slotOf(previousMentor, mentee)] = -1;
            }
            node = mentee == start ? -1 : pred[mentee];
        }
    }

    /** Puts the unmatched mentee on the edge's mentor, which has a free slot. */
    void place(int mentee, int edge) {
        int j = edges.mentor[edge];
        assigned[j][load[j]++] = mentee;
        edgeOf[mentee] = edge;
    }

    /** Puts the unmatched mentee on the edge's mentor of capacity 1 instead of its mentee; returns that mentee. */
    int replace(int mentee, int edge) {
        int j = edges.mentor[edge];
        int holder = assigned[j][0];
        assigned[j][0] = mentee;
        edgeOf[mentee] = edge;
        edgeOf[holder] = -1;
        return holder;
    }

    private void releaseFromMentor(int mentee) {
        int j = edges.mentor[edgeOf[mentee]];
        assigned[j][slotOf(j, mentee)] = -1;
    }

    private int slotOf(int j, int mentee) {
        for (int k = 0; k < load[j]; k++) {
            if (assigned[j][k] == mentee) {
                return k;
            }
        }
        throw new IllegalStateException("mentor " + j + " does not hold " + mentee);
    }
}
