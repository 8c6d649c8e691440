package org.upward.pairing.engine;

/**
 * Turns each objective into one maximum-weight assignment with whole-number edge weights whose sum orders solutions
 * lexicographically. With S the total score in hundredths, N the number of pairs, B the number of participants left
 * unmatched last time who get a partner, K = min(mentees, total capacity) an upper bound on N, P = K + 1 and
 * M = (number of flagged participants) + 1 (so N &lt; P and B &lt; M):
 *
 * <ul>
 *   <li>TOTAL_SCORE: pair weight (s·M + flaggedMentee)·P + 1, flagged mentor bonus P, i.e. total P·(M·S + B) + N:
 *       the highest total score first, then the most flagged people matched, then the most pairs.
 *   <li>MOST_MATCHED: with G = 10,000·K + 1 &gt; any total score, pair weight (G + s)·M + flaggedMentee, flagged
 *       mentor bonus 1, i.e. total M·(G·N + S) + B: the most pairs, then the highest total, then the flagged.
 *   <li>FAIREST: the maximum number of pairs K* on all eligible edges; then the largest threshold t such that the
 *       edges scoring at least t still allow K* pairs (binary search over the distinct scores, each a maximum
 *       cardinality matching); then MOST_MATCHED on those edges: K* pairs, the highest possible lowest score, the
 *       highest total, then the flagged.
 * </ul>
 *
 * Because B and N are bounded by M and P, the priority for people left unmatched last time can never outweigh a
 * single hundredth of total score (or a pair, or the lowest score): it only chooses among solutions that are equally
 * good by the objective. Weights grow as 10,000 · K · (flagged + 1): about 10<sup>11</sup> at 2,000 per side and
 * 10<sup>13</sup> at 20,000, so path sums stay far below the range of a long.
 */
final class AssignmentObjectives {

    private AssignmentObjectives() {}

    /** Per mentee index, the mentor index it is paired with, or -1. */
    static int[] assign(PairingInstance instance, EligibleEdges edges) {
        int[] capacity =
                instance.mentors.stream().mapToInt(m -> m.profile().capacity()).toArray();
        return switch (instance.settings.objective()) {
            case TOTAL_SCORE -> mentorsOf(edges, totalScore(instance, edges, capacity));
            case MOST_MATCHED -> mentorsOf(edges, mostMatched(instance, edges, capacity));
            case FAIREST -> fairest(instance, edges, capacity);
        };
    }

    private static int[] fairest(PairingInstance instance, EligibleEdges edges, int[] capacity) {
        int most = MaxCardinalityMatching.size(edges, capacity);
        if (most == 0) {
            int[] nobody = new int[edges.menteeCount];
            java.util.Arrays.fill(nobody, -1);
            return nobody;
        }
        int[] scores = edges.distinctScores();
        int low = 0;
        int high = scores.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (MaxCardinalityMatching.size(edges.atLeast(scores[mid]), capacity) == most) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        EligibleEdges fair = edges.atLeast(scores[low]);
        return mentorsOf(fair, mostMatched(instance, fair, capacity));
    }

    private static int[] totalScore(PairingInstance instance, EligibleEdges edges, int[] capacity) {
        long m = flaggedCount(instance) + 1;
        long p = pairBound(edges, capacity) + 1;
        long[] offset = new long[edges.menteeCount];
        for (int i = 0; i < edges.menteeCount; i++) {
            int flagged = instance.mentees.get(i).profile().unmatchedLastTime() ? 1 : 0;
            offset[i] = flagged * p + 1; // (s·M + flagged)·P + 1
        }
        return OptimalAssignment.solve(edges, m * p, offset, capacity, mentorBonus(instance, p));
    }

    private static int[] mostMatched(PairingInstance instance, EligibleEdges edges, int[] capacity) {
        long m = flaggedCount(instance) + 1;
        long g = 10_000L * pairBound(edges, capacity) + 1;
        long[] offset = new long[edges.menteeCount];
        for (int i = 0; i < edges.menteeCount; i++) {
            int flagged = instance.mentees.get(i).profile().unmatchedLastTime() ? 1 : 0;
            offset[i] = g * m + flagged; // (G + s)·M + flagged
        }
        return OptimalAssignment.solve(edges, m, offset, capacity, mentorBonus(instance, 1));
    }

    private static long[] mentorBonus(PairingInstance instance, long bonus) {
        return instance.mentors.stream()
                .mapToLong(m -> m.profile().unmatchedLastTime() ? bonus : 0)
                .toArray();
    }

    private static long flaggedCount(PairingInstance instance) {
        return instance.mentors.stream()
                        .filter(m -> m.profile().unmatchedLastTime())
                        .count()
                + instance.mentees.stream()
                        .filter(m -> m.profile().unmatchedLastTime())
                        .count();
    }

    private static long pairBound(EligibleEdges edges, int[] capacity) {
        long total = 0;
        for (int c : capacity) {
            total += c;
        }
        return Math.min(edges.menteeCount, total);
    }

    private static int[] mentorsOf(EligibleEdges edges, int[] edgeOf) {
        int[] mentorOf = new int[edgeOf.length];
        for (int i = 0; i < edgeOf.length; i++) {
            mentorOf[i] = edgeOf[i] < 0 ? -1 : edges.mentor[edgeOf[i]];
        }
        return mentorOf;
    }
}
