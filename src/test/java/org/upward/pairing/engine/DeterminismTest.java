package org.upward.pairing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The same people in any order give the same pairs, the same unmatched and the same explanations. */
class DeterminismTest {

    private final PairingEngine engine = new PairingEngine();

    @Test
    void shuffledSmallProgramsGiveTheSameResult() {
        for (long seed = 1; seed <= 500; seed++) {
            for (Objective objective : Objective.values()) {
                PairingInput input = SmallInstances.random(seed, objective);
                assertThat(fingerprint(engine.run(shuffled(input, seed))))
                        .as("seed %d %s", seed, objective)
                        .isEqualTo(fingerprint(engine.run(input)));
            }
        }
    }

    @Test
    void shuffledRealisticProgramGivesTheSameResult() {
        for (Objective objective : Objective.values()) {
            PairingInput input = RealisticPrograms.generate(7, 300, objective);
            assertThat(fingerprint(engine.run(shuffled(input, 7))))
                    .as("%s", objective)
                    .isEqualTo(fingerprint(engine.run(input)));
        }
    }

    @Test
    void candidatesDoNotDependOnInputOrder() {
        PairingInput input = RealisticPrograms.generate(11, 60, Objective.TOTAL_SCORE);
        long menteeId = input.mentees().get(5).id();

        assertThat(engine.candidates(shuffled(input, 3), menteeId)).isEqualTo(engine.candidates(input, menteeId));
    }

    private static List<Object> fingerprint(PairingResult result) {
        return List.of(result.pairs(), result.unmatched(), result.totalScore());
    }

    private static PairingInput shuffled(PairingInput input, long seed) {
        var random = new Random(seed);
        var mentors = new ArrayList<>(input.mentors());
        var mentees = new ArrayList<>(input.mentees());
        Collections.shuffle(mentors, random);
        Collections.shuffle(mentees, random);
        return new PairingInput(mentors, mentees, input.settings(), input.skillNames());
    }
}
