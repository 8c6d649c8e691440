package org.upward.pairing.engine;

import java.util.Arrays;

/**
 * The assignment {@link OptimalAssignment} builds up: the edge each mentee is placed on and the mentees each mentor
 * holds, one slot per unit of capacity. The search reads the arrays directly; an augmenting path changes them here.
 */
final class MentorSlots {

    /** Per mentee, the index of its edge in the eligible edges, or -1 while unmatched. */
    final int[] edgeOf;

    /** Per mentor, how many of its slots are in use (a slot is -1 while a path is applied, or as a hole). */
    final int[] load;

    /** Per mentor, the mentees in its slots. */
    final int[][] assigned;

    /**
     * Per mentor, how many of its slots in use are empty because their mentee was freed: the unit still flows on to
     * the sink, and an augmenting path may end at the mentor to fill it.
     */
    final int[] holes;

    private final EligibleEdges edges;
    private final int n;

    MentorSlots(EligibleEdges edges, int[] capacity) {
        this.edges = edges;
        this.n = edges.menteeCount;
        this.edgeOf = new int[n];
        Arrays.fill(edgeOf, -1);
        this.load = new int[edges.mentorCount];
        this.assigned = new int[edges.mentorCount][];
        this.holes = new int[edges.mentorCount];
        for (int j = 0; j < edges.mentorCount; j++) {
            assigned[j] = new int[capacity[j]];
        }
    }

    /**
     * Walks an augmenting path back from its end: each mentor on it takes the mentee before it and releases the one
     * after; a path ending at a mentor fills its hole; a mentor reached from the sink gives a unit back.
     *
     * @param end the sink, or a mentor node with a hole
     * @param pred per node, the node before it on the path (-1 at the start)
     * @param predEdge per mentor node, the edge it is reached by
     */
    void applyPath(int end, int sink, int[] pred, int[] predEdge) {
        int node = end;
        if (end != sink) {
            holes[end - n]--;
        } else if (pred[sink] < n) {
            int mentee = pred[sink];
            if (edgeOf[mentee] >= 0) {
                releaseFromMentor(mentee);
                edgeOf[mentee] = -1;
            }
            node = pred[mentee];
        } else {
            node = pred[sink];
            int j = node - n;
            assigned[j][load[j]++] = -1;
        }
        while (node >= 0 && node != sink) {
            int j = node - n;
            int mentee = pred[node];
            if (mentee == sink) {
                int slot = slotOf(j, -1);
                assigned[j][slot] = assigned[j][--load[j]];
                break;
            }
            assigned[j][slotOf(j, -1)] = mentee;
            int previous = edgeOf[mentee];
            edgeOf[mentee] = predEdge[node];
            if (previous >= 0) {
                int previousMentor = edges.mentor[previous];
                assigned[previousMentor][slotOf(previousMentor, mentee)] = -1;
            }
            node = pred[mentee];
        }
    }

    /** Puts the unmatched mentee on the edge's mentor, which has a free slot. */
    void place(int mentee, int edge) {
        int j = edges.mentor[edge];
        assigned[j][load[j]++] = mentee;
        edgeOf[mentee] = edge;
    }

    /** Places every mentee on its edge (-1: none); the slots must be empty. */
    void placeAll(int[] edgeOfMentee) {
        for (int i = 0; i < n; i++) {
            if (edgeOfMentee[i] >= 0) {
                place(i, edgeOfMentee[i]);
            }
        }
    }

    /** Takes the mentee out of its place, if any, leaving a hole there. */
    void free(int mentee) {
        if (edgeOf[mentee] >= 0) {
            holes[edges.mentor[edgeOf[mentee]]]++;
            releaseFromMentor(mentee);
            edgeOf[mentee] = -1;
        }
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
