package org.upward.pairing.engine;

import java.util.List;

/**
 * The optimum of each objective by trying every assignment, for the property tests. Works from a score table
 * (hundredths, -1 for a pair that is not eligible) so that it shares nothing with the engine's assignment code.
 */
final class BruteForce {

    /** The lexicographic value of an assignment, compared per objective. */
    record Value(long pairs, long total, long lowest, long flaggedMatched) {

        long[] key(Objective objective) {
            return switch (objective) {
                case TOTAL_SCORE -> new long[] {total, flaggedMatched, pairs};
                case MOST_MATCHED -> new long[] {pairs, total, flaggedMatched};
                case FAIREST -> new long[] {pairs, lowest, total, flaggedMatched};
            };
        }

        boolean betterThan(Value other, Objective objective) {
            return other == null || java.util.Arrays.compare(key(objective), other.key(objective)) > 0;
        }
    }

    private final long[][] score;
    private final int[] capacity;
    private final boolean[] flaggedMentor;
    private final boolean[] flaggedMentee;
    private final int[] load;
    private final Value[] best = new Value[Objective.values().length];

    private BruteForce(long[][] score, int[] capacity, boolean[] flaggedMentor, boolean[] flaggedMentee) {
        this.score = score;
        this.capacity = capacity;
        this.flaggedMentor = flaggedMentor;
        this.flaggedMentee = flaggedMentee;
        this.load = new int[capacity.length];
    }

    /** The best value per objective (indexed by ordinal). */
    static Value[] optimum(long[][] score, int[] capacity, boolean[] flaggedMentor, boolean[] flaggedMentee) {
        var search = new BruteForce(score, capacity, flaggedMentor, flaggedMentee);
        search.explore(0, 0, 0, Long.MAX_VALUE, 0);
        return search.best;
    }

    static Value valueOf(
            List<int[]> pairs, long[][] score, boolean[] flaggedMentor, boolean[] flaggedMentee, int mentorCount) {
        long total = 0;
        long lowest = Long.MAX_VALUE;
        long flagged = 0;
        boolean[] mentorUsed = new boolean[mentorCount];
        for (int[] pair : pairs) {
            long s = score[pair[1]][pair[0]];
            total += s;
            lowest = Math.min(lowest, s);
            flagged += flaggedMentee[pair[1]] ? 1 : 0;
            if (!mentorUsed[pair[0]]) {
                mentorUsed[pair[0]] = true;
                flagged += flaggedMentor[pair[0]] ? 1 : 0;
            }
        }
        return new Value(pairs.size(), total, pairs.isEmpty() ? 0 : lowest, flagged);
    }

    private void explore(int mentee, long pairs, long total, long lowest, long flagged) {
        if (mentee == score.length) {
            var value = new Value(pairs, total, pairs == 0 ? 0 : lowest, flagged);
            for (Objective objective : Objective.values()) {
                if (value.betterThan(best[objective.ordinal()], objective)) {
                    best[objective.ordinal()] = value;
                }
            }
            return;
        }
        explore(mentee + 1, pairs, total, lowest, flagged);
        for (int j = 0; j < capacity.length; j++) {
            long s = score[mentee][j];
            if (s < 0 || load[j] == capacity[j]) {
                continue;
            }
            long gained = (flaggedMentee[mentee] ? 1 : 0) + (load[j] == 0 && flaggedMentor[j] ? 1 : 0);
            load[j]++;
            explore(mentee + 1, pairs + 1, total + s, Math.min(lowest, s), flagged + gained);
            load[j]--;
        }
    }
}
