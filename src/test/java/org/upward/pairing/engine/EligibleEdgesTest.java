package org.upward.pairing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast row scan that builds the eligible pairs gives exactly the pairs and scores of the reference path (every
 * pair through {@link Eligibility#check} and {@link ScoreCalculator#totalCenti}), on random small programs with random
 * constraints and on a realistic one.
 */
class EligibleEdgesTest {

    @Test
    void sameEdgesAsCheckingAndScoringEveryPair() {
        for (long seed = 1; seed <= 3_000; seed++) {
            assertSameAsReference(SmallInstances.random(seed, Objective.TOTAL_SCORE), "seed " + seed);
        }
        assertSameAsReference(RealisticPrograms.generate(7, 300, Objective.TOTAL_SCORE), "realistic 300");
    }

    private static void assertSameAsReference(PairingInput input, String what) {
        var instance = new PairingInstance(input);
        var edges = EligibleEdges.of(instance);
        var eligibility = new Eligibility(instance);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < instance.menteeCount(); i++) {
            for (int j = 0; j < instance.mentorCount(); j++) {
                long centi = instance.calculator.totalCenti(instance.mentors.get(j), instance.mentees.get(i));
                if (eligibility.check(j, i) == null && centi >= instance.minScoreCenti) {
                    expected.add(i + "-" + j + ":" + centi);
                }
            }
        }
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < edges.menteeCount; i++) {
            for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
                actual.add(i + "-" + edges.mentor[e] + ":" + edges.score[e]);
            }
        }
        assertThat(actual).as(what).containsExactlyElementsOf(expected);
    }
}
