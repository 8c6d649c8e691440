package org.upward.pairing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upward.pairing.engine.Fixtures.AI;
import static org.upward.pairing.engine.Fixtures.mentee;
import static org.upward.pairing.engine.Fixtures.mentor;
import static org.upward.pairing.engine.Fixtures.settings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each hard constraint holds even against the best-scoring pair, and the unmatched learn why. */
class ConstraintsTest {

    private final PairingEngine engine = new PairingEngine();

    @Test
    void neverPairsAMenteeWithSomeoneInTheirReportingLine() {
        var result = run(
                List.of(mentor(1).offers(AI, 5), mentor(3).offers(AI, 3)),
                List.of(mentee(2).managers(1L, 99L).wants(AI, 1, Priority.HIGH)),
                settings());

        assertThat(result.pairs()).extracting(ProposedPair::mentorId).containsExactly(3L);
    }

    @Test
    void neverPairsAMentorWithSomeoneAboveThemInTheirReportingLine() {
        var result = run(
                List.of(mentor(1).managers(2L).offers(AI, 5)),
                List.of(mentee(2).wants(AI, 1, Priority.HIGH)),
                settings());

        assertThat(result.pairs()).isEmpty();
        assertThat(result.unmatched()).extracting(Unmatched::reason).containsOnly(UnmatchedReason.NO_ELIGIBLE_PARTNER);
        assertThat(result.unmatched().get(0).explanation()).contains("1 in the same reporting line");
    }

    @Test
    void neverPairsWithinADepartmentWhenTheProgramExcludesIt() {
        var mentors = List.of(
                mentor(1).department("Sales").offers(AI, 5),
                mentor(3).department("IT").offers(AI, 2));
        var mentees = List.of(mentee(2).department("Sales").wants(AI, 1, Priority.HIGH));

        assertThat(run(mentors, mentees, settings().excludeSameDepartment()).pairs())
                .extracting(ProposedPair::mentorId)
                .containsExactly(3L);
        assertThat(run(mentors, mentees, settings()).pairs())
                .extracting(ProposedPair::mentorId)
                .containsExactly(1L);
    }

    @Test
    void neverProposesABlockedPair() {
        var result = run(
                List.of(mentor(1).offers(AI, 5), mentor(3).offers(AI, 2)),
                List.of(mentee(2).wants(AI, 1, Priority.HIGH)),
                settings().block(1, 2));

        assertThat(result.pairs()).extracting(ProposedPair::mentorId).containsExactly(3L);
    }

    @Test
    void neverProposesTheJustDissolvedPairAgain() {
        var result = run(
                List.of(mentor(1).offers(AI, 5)),
                List.of(mentee(2).wants(AI, 1, Priority.HIGH)),
                settings().dissolved(1, 2));

        assertThat(result.pairs()).isEmpty();
        assertThat(result.unmatched().get(0).explanation()).contains("1 just dissolved");
    }

    @Test
    void leavesPeopleUnmatchedRatherThanPairThemBelowTheMinimumScore() {
        var result = run(
                List.of(mentor(1).offers(AI, 2)),
                List.of(mentee(2).wants(AI, 1, Priority.HIGH)),
                settings().weights(1, 0, 0).minScore(30));

        assertThat(result.pairs()).isEmpty();
        assertThat(result.unmatched()).extracting(Unmatched::reason).containsOnly(UnmatchedReason.ALL_BELOW_MIN_SCORE);
        assertThat(result.unmatched().get(0).explanation())
                .isEqualTo("The only mentor allowed scores below the minimum of 30 (best score possible: 25).");
    }

    @Test
    void givesAMentorNoMoreMenteesThanTheirCapacity() {
        var result = run(
                List.of(mentor(1).offers(AI, 5).capacity(2)),
                List.of(
                        mentee(2).wants(AI, 1, Priority.HIGH),
                        mentee(3).wants(AI, 1, Priority.HIGH),
                        mentee(4).wants(AI, 2, Priority.HIGH)),
                settings());

        assertThat(result.pairs()).hasSize(2);
        var left = result.unmatched().get(0);
        assertThat(left.reason()).isEqualTo(UnmatchedReason.PARTNERS_TAKEN);
        assertThat(left.explanation())
                .startsWith("The only eligible mentor is at capacity with pairs that give a better overall result");
    }

    @Test
    void explainsAMentorLeftOverWhenEveryEligibleMenteeIsPairedElsewhere() {
        var result = run(
                List.of(mentor(1).offers(AI, 5), mentor(3).offers(AI, 2)),
                List.of(mentee(2).wants(AI, 1, Priority.HIGH)),
                settings());

        assertThat(result.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.personId()).isEqualTo(3L);
            assertThat(u.side()).isEqualTo(Side.MENTOR);
            assertThat(u.reason()).isEqualTo(UnmatchedReason.PARTNERS_TAKEN);
            assertThat(u.explanation()).startsWith("The only eligible mentee is paired with another mentor");
        });
    }

    @Test
    void saysSoWhenNobodyIsEnrolledOnTheOtherSide() {
        var result = run(List.of(), List.of(mentee(2)), settings());

        assertThat(result.unmatched().get(0).explanation()).isEqualTo("No mentors are enrolled in the program.");
    }

    private PairingResult run(
            List<Fixtures.MentorBuilder> mentors,
            List<Fixtures.MenteeBuilder> mentees,
            Fixtures.SettingsBuilder settings) {
        return engine.run(Fixtures.input(
                mentors.stream().map(Fixtures.MentorBuilder::build).toList(),
                mentees.stream().map(Fixtures.MenteeBuilder::build).toList(),
                settings));
    }
}
