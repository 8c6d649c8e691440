package org.upward.pairing.engine;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The eligible mentor–mentee pairs as a sparse graph (compressed rows by mentee, mentors ascending): only pairs that
 * break no hard constraint and score at least the minimum. Rows are built in parallel; each row is independent, so
 * the result does not depend on scheduling.
 */
final class EligibleEdges {

    private static final long PARALLEL_FROM_PAIRS = 10_000;
    private static final int ROWS_PER_CHUNK = 64;

    final int menteeCount;
    final int mentorCount;
    /** Edges of mentee i are {@code rowStart[i] .. rowStart[i + 1] - 1}. */
    final int[] rowStart;

    final int[] mentor;
    /** Score in hundredths, 0–10,000. */
    final int[] score;

    EligibleEdges(int menteeCount, int mentorCount, int[] rowStart, int[] mentor, int[] score) {
        this.menteeCount = menteeCount;
        this.mentorCount = mentorCount;
        this.rowStart = rowStart;
        this.mentor = mentor;
        this.score = score;
    }

    static EligibleEdges of(PairingInstance instance) {
        int n = instance.menteeCount();
        int m = instance.mentorCount();
        var scanner = new RowScanner(instance);
        int[][] rowMentors = new int[n][];
        int[][] rowScores = new int[n][];
        int chunks = (n + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK;
        IntStream parts = IntStream.range(0, chunks);
        if ((long) n * m >= PARALLEL_FROM_PAIRS) {
            parts = parts.parallel();
        }
        // one pair of scratch rows per chunk of mentees, not per mentee
        parts.forEach(c -> {
            int[] mentors = new int[m];
            int[] scores = new int[m];
            for (int i = c * ROWS_PER_CHUNK; i < Math.min(n, (c + 1) * ROWS_PER_CHUNK); i++) {
                int count = scanner.scan(i, mentors, scores);
                rowMentors[i] = Arrays.copyOf(mentors, count);
                rowScores[i] = Arrays.copyOf(scores, count);
            }
        });
        return concatenate(n, m, rowMentors, rowScores);
    }

    /** Only the edges scoring at least {@code minCenti}. */
    EligibleEdges atLeast(int minCenti) {
        int[] start = new int[menteeCount + 1];
        int[] mentors = new int[size()];
        int[] scores = new int[size()];
        int count = 0;
        for (int i = 0; i < menteeCount; i++) {
            start[i] = count;
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                if (score[e] >= minCenti) {
                    mentors[count] = mentor[e];
                    scores[count++] = score[e];
                }
            }
        }
        start[menteeCount] = count;
        return new EligibleEdges(
                menteeCount, mentorCount, start, Arrays.copyOf(mentors, count), Arrays.copyOf(scores, count));
    }

    int size() {
        return mentor.length;
    }

    /** The distinct scores, ascending. */
    int[] distinctScores() {
        return Arrays.stream(score).distinct().sorted().toArray();
    }

    private static EligibleEdges concatenate(int n, int m, int[][] rowMentors, int[][] rowScores) {
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + rowMentors[i].length;
        }
        int[] mentors = new int[start[n]];
        int[] scores = new int[start[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rowMentors[i], 0, mentors, start[i], rowMentors[i].length);
            System.arraycopy(rowScores[i], 0, scores, start[i], rowScores[i].length);
        }
        return new EligibleEdges(n, m, start, mentors, scores);
    }
}
