package org.upward.pairing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On thousands of small random programs (fixed seeds), each objective's result equals the brute-force optimum,
 * including the priority for people left unmatched last time, and never breaks a constraint.
 */
class OptimalityPropertyTest {

    private static final int INSTANCES = 10_000;

    private final PairingEngine engine = new PairingEngine();

    @Test
    void everyObjectiveMatchesTheBruteForceOptimumAndKeepsEveryConstraint() {
        for (long seed = 1; seed <= INSTANCES; seed++) {
            PairingInput input = SmallInstances.random(seed, Objective.TOTAL_SCORE);
            var instance = new PairingInstance(input);
            long[][] score = scoreTable(instance);
            boolean[] flaggedMentor = new boolean[instance.mentorCount()];
            boolean[] flaggedMentee = new boolean[instance.menteeCount()];
            int[] capacity = new int[instance.mentorCount()];
            for (int j = 0; j < capacity.length; j++) {
                capacity[j] = instance.mentors.get(j).profile().capacity();
                flaggedMentor[j] = instance.mentors.get(j).profile().unmatchedLastTime();
            }
            for (int i = 0; i < flaggedMentee.length; i++) {
                flaggedMentee[i] = instance.mentees.get(i).profile().unmatchedLastTime();
            }
            BruteForce.Value[] optimum = BruteForce.optimum(score, capacity, flaggedMentor, flaggedMentee);
            for (Objective objective : Objective.values()) {
                PairingResult result = engine.run(SmallInstances.withObjective(input, objective));
                List<int[]> pairs = checkedPairs(result, instance, score, capacity, "seed " + seed + " " + objective);
                var value = BruteForce.valueOf(pairs, score, flaggedMentor, flaggedMentee, capacity.length);
                assertThat(value.key(objective))
                        .as(
                                "seed %d %s: engine %s, brute force %s",
                                seed, objective, value, optimum[objective.ordinal()])
                        .isEqualTo(optimum[objective.ordinal()].key(objective));
                assertThat(Math.round(result.totalScore() * 100)).isEqualTo(value.total());
            }
        }
    }

    /** Scores in hundredths by mentee and mentor index, -1 where a constraint (checked here, afresh) rules it out. */
    private static long[][] scoreTable(PairingInstance instance) {
        long[][] score = new long[instance.menteeCount()][instance.mentorCount()];
        for (int i = 0; i < score.length; i++) {
            for (int j = 0; j < score[i].length; j++) {
                CompiledMentor mentor = instance.mentors.get(j);
                CompiledMentee mentee = instance.mentees.get(i);
                long s = instance.calculator.totalCenti(mentor, mentee);
                boolean eligible = allowed(mentor.profile(), mentee.profile(), instance.settings)
                        && s >= Math.round(instance.settings.minScore() * 100);
                score[i][j] = eligible ? s : -1;
            }
        }
        return score;
    }

    static boolean allowed(MentorProfile mentor, MenteeProfile mentee, PairingSettings settings) {
        var key = new PairKey(mentor.id(), mentee.id());
        return mentor.id() != mentee.id()
                && !mentee.managerIds().contains(mentor.id())
                && !mentor.managerIds().contains(mentee.id())
                && !(settings.excludeSameDepartment() && mentor.department().equals(mentee.department()))
                && !settings.blockedPairs().contains(key)
                && !settings.dissolvedPairs().contains(key);
    }

    /** The result's pairs as (mentor index, mentee index), after checking every constraint and the bookkeeping. */
    private static List<int[]> checkedPairs(
            PairingResult result, PairingInstance instance, long[][] score, int[] capacity, String what) {
        Map<Long, Integer> mentorIndex = new HashMap<>();
        Map<Long, Integer> menteeIndex = new HashMap<>();
        for (int j = 0; j < instance.mentorCount(); j++) {
            mentorIndex.put(instance.mentors.get(j).id(), j);
        }
        for (int i = 0; i < instance.menteeCount(); i++) {
            menteeIndex.put(instance.mentees.get(i).id(), i);
        }
        int[] load = new int[capacity.length];
        Set<Long> pairedMentees = new HashSet<>();
        Set<Long> pairedMentors = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (ProposedPair pair : result.pairs()) {
            int j = mentorIndex.get(pair.mentorId());
            int i = menteeIndex.get(pair.menteeId());
            assertThat(score[i][j]).as("%s: pair %s is eligible", what, pair).isGreaterThanOrEqualTo(0);
            assertThat(Math.round(pair.score() * 100)).as(what).isEqualTo(score[i][j]);
            assertThat(pairedMentees.add(pair.menteeId()))
                    .as("%s: mentee paired once", what)
                    .isTrue();
            assertThat(++load[j])
                    .as("%s: capacity of mentor %d", what, pair.mentorId())
                    .isLessThanOrEqualTo(capacity[j]);
            pairedMentors.add(pair.mentorId());
            pairs.add(new int[] {j, i});
        }
        Set<Long> expectedUnmatched = new HashSet<>();
        instance.mentees.stream()
                .map(CompiledMentee::id)
                .filter(id -> !pairedMentees.contains(id))
                .forEach(id -> expectedUnmatched.add(-id));
        instance.mentors.stream()
                .map(CompiledMentor::id)
                .filter(id -> !pairedMentors.contains(id))
                .forEach(expectedUnmatched::add);
        assertThat(result.unmatched())
                .extracting(u -> u.side() == Side.MENTEE ? -u.personId() : u.personId())
                .as(what)
                .containsExactlyInAnyOrderElementsOf(expectedUnmatched);
        return pairs;
    }
}
