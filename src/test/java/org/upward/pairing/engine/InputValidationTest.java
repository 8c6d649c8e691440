package org.upward.pairing.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upward.pairing.engine.Fixtures.mentee;
import static org.upward.pairing.engine.Fixtures.mentor;
import static org.upward.pairing.engine.Fixtures.settings;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InputValidationTest {

    @Test
    void rejectsOutOfRangeValuesWithTheirName() {
        assertThatThrownBy(() -> mentor(1).capacity(6).build()).hasMessageContaining("capacity");
        assertThatThrownBy(() -> mentor(1).offers(Fixtures.AI, 0).build()).hasMessageContaining("skillsOffered");
        assertThatThrownBy(() -> new WantedSkill(6, Priority.LOW)).hasMessageContaining("currentLevel");
        assertThatThrownBy(() -> new Weights(0, 0, 0)).hasMessageContaining("at least one weight");
        assertThatThrownBy(() -> new Weights(1.5, 0, 0)).hasMessageContaining("skillGap");
        assertThatThrownBy(() ->
                        new PairingSettings(Weights.DEFAULTS, 101, false, Objective.TOTAL_SCORE, Set.of(), Set.of()))
                .hasMessageContaining("minScore");
    }

    @Test
    void rejectsTheSameIdTwiceOnOneSide() {
        assertThatThrownBy(() -> Fixtures.input(
                        List.of(mentor(1).build(), mentor(1).build()),
                        List.of(mentee(2).build()),
                        settings()))
                .hasMessage("duplicate mentor id 1");
    }

    @Test
    void candidatesNeedAKnownMentee() {
        var input = Fixtures.input(List.of(mentor(1).build()), List.of(mentee(2).build()), settings());

        assertThatThrownBy(() -> new PairingEngine().candidates(input, 3)).hasMessage("no mentee with id 3");
    }
}
