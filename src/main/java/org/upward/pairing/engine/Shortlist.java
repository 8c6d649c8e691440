package org.upward.pairing.engine;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The edges {@link ShortlistAssignment} solves on: at first each mentee's best few edges and each mentor's best few,
 * by weight (ties at the cut all in); then, round by round, the edges that break the certificate of the last optimum.
 */
final class Shortlist {

    private static final int ROWS_PER_CHUNK = 256;
    private static final long PARALLEL_FROM_EDGES = 100_000;

    private final EligibleEdges edges;
    private final long factor;
    private final long[] offset;
    private final boolean[] listed;
    /** Per mentee, its potential when its row was last found sound, or MIN_VALUE: to check again. */
    private final long[] soundAt;

    Shortlist(EligibleEdges edges, long factor, long[] offset, int picks) {
        this.edges = edges;
        this.factor = factor;
        this.offset = offset;
        this.listed = new boolean[edges.size()];
        this.soundAt = new long[edges.menteeCount];
        Arrays.fill(soundAt, Long.MIN_VALUE);
        long[] mentorCut = new MentorBest(edges.mentorCount, picks).cuts(this);
        inChunks((i, scratch) -> {
            int from = edges.rowStart[i];
            int length = edges.rowStart[i + 1] - from;
            long menteeCut = Long.MIN_VALUE;
            if (length > picks) {
                for (int e = from; e < from + length; e++) {
                    scratch[e - from] = -weight(i, e);
                }
                menteeCut = -Selection.kthSmallest(scratch, length, picks);
            }
            for (int e = from; e < from + length; e++) {
                long w = weight(i, e);
                listed[e] = w >= menteeCut || w >= mentorCut[edges.mentor[e]];
            }
        });
    }

    long weight(int mentee, int e) {
        return factor * edges.score[e] + offset[mentee];
    }

    EligibleEdges all() {
        return edges;
    }

    /**
     * Adds, for each mentee, up to {@code most} of its edges of reduced cost &lt; 0 under the potentials, the most
     * negative first (ties at the cut all in). Potentials only ever drop, except a freed mentee's, so a row found sound
     * stays sound while its mentee's potential does not change (its mentors' only drop, which raises reduced costs):
     * only the other rows are checked.
     *
     * @return the mentees that had such edges, ascending
     */
    int[] addEdgesBreaking(long[] potential, int most) {
        int n = edges.menteeCount;
        boolean[] broke = new boolean[n];
        inChunks((i, scratch) -> {
            if (soundAt[i] != potential[i] || soundAt[i] == Long.MIN_VALUE) {
                broke[i] = addEdgesBreaking(i, potential, most, scratch);
                soundAt[i] = broke[i] ? Long.MIN_VALUE : potential[i];
            }
        });
        int count = 0;
        for (boolean b : broke) {
            count += b ? 1 : 0;
        }
        int[] mentees = new int[count];
        for (int i = 0, k = 0; i < n; i++) {
            if (broke[i]) {
                mentees[k++] = i;
            }
        }
        return mentees;
    }

    private boolean addEdgesBreaking(int i, long[] potential, int most, long[] scratch) {
        int n = edges.menteeCount;
        long base = potential[i] - offset[i];
        int count = 0;
        for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
            long reduced = base - factor * edges.score[e] - potential[n + edges.mentor[e]];
            if (reduced < 0) {
                assert !listed[e] : "a listed edge breaks the certificate";
                scratch[count++] = reduced;
            }
        }
        if (count == 0) {
            return false;
        }
        long cut = count > most ? Selection.kthSmallest(scratch, count, most) : -1;
        for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
            if (base - factor * edges.score[e] - potential[n + edges.mentor[e]] <= cut) {
                listed[e] = true;
            }
        }
        return true;
    }

    /** Runs the action on every mentee's row, on both cores when the graph is large; rows are independent. */
    private void inChunks(RowAction action) {
        int n = edges.menteeCount;
        IntStream chunks = IntStream.range(0, (n + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK);
        if (edges.size() >= PARALLEL_FROM_EDGES) {
            chunks = chunks.parallel();
        }
        chunks.forEach(c -> {
            long[] scratch = new long[edges.mentorCount];
            for (int i = c * ROWS_PER_CHUNK; i < Math.min(n, (c + 1) * ROWS_PER_CHUNK); i++) {
                action.row(i, scratch);
            }
        });
    }

    private interface RowAction {
        void row(int mentee, long[] scratch);
    }

    /** The indices of the listed edges, ascending. */
    int[] listedEdges() {
        int count = 0;
        for (boolean in : listed) {
            count += in ? 1 : 0;
        }
        int[] fullEdge = new int[count];
        int k = 0;
        for (int e = 0; e < listed.length; e++) {
            if (listed[e]) {
                fullEdge[k++] = e;
            }
        }
        return fullEdge;
    }

    /** The edges at those indices (ascending, so rows stay whole and in order). */
    EligibleEdges subgraph(int[] fullEdge) {
        int[] rowStart = new int[edges.menteeCount + 1];
        int[] mentor = new int[fullEdge.length];
        int[] score = new int[fullEdge.length];
        int i = 0;
        for (int k = 0; k < fullEdge.length; k++) {
            int e = fullEdge[k];
            while (edges.rowStart[i + 1] <= e) {
                rowStart[++i] = k;
            }
            mentor[k] = edges.mentor[e];
            score[k] = edges.score[e];
        }
        while (i < edges.menteeCount) {
            rowStart[++i] = fullEdge.length;
        }
        return new EligibleEdges(edges.menteeCount, edges.mentorCount, rowStart, mentor, score);
    }
}
