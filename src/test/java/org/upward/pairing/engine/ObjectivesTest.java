package org.upward.pairing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upward.pairing.engine.Fixtures.AI;
import static org.upward.pairing.engine.Fixtures.TIKTOK;
import static org.upward.pairing.engine.Fixtures.mentee;
import static org.upward.pairing.engine.Fixtures.mentor;
import static org.upward.pairing.engine.Fixtures.settings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The three objectives on small programs where they disagree, and the priority for people left over last time. */
class ObjectivesTest {

    private final PairingEngine engine = new PairingEngine();

    // skill gap only: A–X 100, A–Y 50, B–X 50, B–Y 25
    private final List<MentorProfile> mentors = List.of(
            mentor(10).offers(AI, 5).offers(TIKTOK, 3).build(),
            mentor(20).offers(AI, 3).offers(TIKTOK, 2).build());
    private final List<MenteeProfile> mentees = List.of(
            mentee(1).wants(AI, 1, Priority.HIGH).build(),
            mentee(2).wants(TIKTOK, 1, Priority.HIGH).build());

    @Test
    void highestTotalScoreTakesTheBestPairsEvenIfOneIsWeak() {
        var result = run(Objective.TOTAL_SCORE, settings());

        assertThat(pairs(result)).containsExactly("10-1", "20-2");
        assertThat(result.totalScore()).isEqualTo(125.0);
    }

    @Test
    void fairestRaisesTheLowestPairScoreAtTheCostOfTheTotal() {
        var result = run(Objective.FAIREST, settings());

        assertThat(pairs(result)).containsExactly("20-1", "10-2");
        assertThat(result.totalScore()).isEqualTo(100.0);
    }

    @Test
    void mostMatchedPairsMorePeopleEvenIfTheTotalIsLower() {
        // without B–Y and with Y only able to teach A: TOTAL pairs A–X alone (100), MOST pairs A–Y and B–X (100… 50+50)
        var twoPairs = settings().block(20, 2).objective(Objective.MOST_MATCHED);
        var onePair = settings().block(20, 2).objective(Objective.TOTAL_SCORE);
        var weakY = List.of(mentors.get(0), mentor(20).offers(AI, 2).build());

        var most = engine.run(new PairingInput(weakY, mentees, skillGapOnly(twoPairs), Fixtures.SKILL_NAMES));
        var total = engine.run(new PairingInput(weakY, mentees, skillGapOnly(onePair), Fixtures.SKILL_NAMES));

        assertThat(pairs(most)).containsExactly("20-1", "10-2");
        assertThat(most.totalScore()).isEqualTo(75.0);
        assertThat(pairs(total)).containsExactly("10-1");
        assertThat(total.totalScore()).isEqualTo(100.0);
    }

    @Test
    void personLeftUnmatchedLastTimeWinsATieAgainstALowerId() {
        var oneMentor = List.of(mentor(10).offers(AI, 5).build());
        var twins = List.of(
                mentee(1).wants(AI, 1, Priority.HIGH).build(),
                mentee(2).wants(AI, 1, Priority.HIGH).unmatchedLastTime().build());

        for (Objective objective : Objective.values()) {
            var result = engine.run(new PairingInput(
                    oneMentor, twins, skillGapOnly(settings().objective(objective)), Fixtures.SKILL_NAMES));
            assertThat(pairs(result)).as("%s", objective).containsExactly("10-2");
        }
    }

    @Test
    void mentorLeftUnmatchedLastTimeWinsATieAgainstALowerId() {
        var twins = List.of(
                mentor(10).offers(AI, 5).build(),
                mentor(20).offers(AI, 5).unmatchedLastTime().build());
        var one = List.of(mentee(1).wants(AI, 1, Priority.HIGH).build());

        var result = engine.run(new PairingInput(twins, one, skillGapOnly(settings()), Fixtures.SKILL_NAMES));

        assertThat(pairs(result)).containsExactly("20-1");
    }

    @Test
    void priorityForPeopleLeftOverNeverCostsAnyScore() {
        var oneMentor = List.of(mentor(10).offers(AI, 5).build());
        var mentees = List.of(
                mentee(1).wants(AI, 1, Priority.HIGH).build(),
                mentee(2)
                        .wants(AI, 1, Priority.HIGH)
                        .wants(TIKTOK, 1, Priority.HIGH)
                        .unmatchedLastTime()
                        .build());

        var result = engine.run(new PairingInput(oneMentor, mentees, skillGapOnly(settings()), Fixtures.SKILL_NAMES));

        assertThat(pairs(result)).containsExactly("10-1");
    }

    private PairingResult run(Objective objective, Fixtures.SettingsBuilder settings) {
        return engine.run(
                new PairingInput(mentors, mentees, skillGapOnly(settings.objective(objective)), Fixtures.SKILL_NAMES));
    }

    private static PairingSettings skillGapOnly(Fixtures.SettingsBuilder settings) {
        return settings.weights(1, 0, 0).build();
    }

    private static List<String> pairs(PairingResult result) {
        return result.pairs().stream()
                .map(p -> p.mentorId() + "-" + p.menteeId())
                .toList();
    }
}
