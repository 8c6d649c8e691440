package org.upward.pairing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upward.pairing.engine.Fixtures.AI;
import static org.upward.pairing.engine.Fixtures.PYTHON;
import static org.upward.pairing.engine.Fixtures.TIKTOK;
import static org.upward.pairing.engine.Fixtures.mentee;
import static org.upward.pairing.engine.Fixtures.mentor;
import static org.upward.pairing.engine.Fixtures.settings;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreCalculatorTest {

    private final PairingEngine engine = new PairingEngine();

    @Test
    void mentorAtLevelFiveInEveryWantedSkillCoversTheWholeSkillGap() {
        var score = assess(
                mentor(1).offers(AI, 5).offers(TIKTOK, 5),
                mentee(2).wants(AI, 2, Priority.HIGH).wants(TIKTOK, 1, Priority.LOW));

        assertThat(score.breakdown().skillGap()).isEqualTo(100.0);
    }

    @Test
    void skillGapWeighsEachSkillByPriorityAndByHowFarTheMentorIsAboveTheMentee() {
        // covered 3·(4−2) = 6 of 3·(5−2) + 1·(5−1) = 13
        var score = assess(
                mentor(1).offers(AI, 4), mentee(2).wants(AI, 2, Priority.HIGH).wants(TIKTOK, 1, Priority.LOW));

        assertThat(score.breakdown().skillGap()).isEqualTo(46.15);
    }

    @Test
    void mentorAtOrBelowTheMenteesLevelContributesNothingForThatSkill() {
        assertThat(assess(mentor(1).offers(AI, 3), mentee(2).wants(AI, 3, Priority.HIGH))
                        .breakdown()
                        .skillGap())
                .isZero();
        assertThat(assess(mentor(1).offers(AI, 2), mentee(2).wants(AI, 3, Priority.HIGH))
                        .breakdown()
                        .skillGap())
                .isZero();
    }

    @Test
    void menteeWantingNoSkillsHasNoSkillGapToCover() {
        assertThat(assess(mentor(1).offers(AI, 5), mentee(2)).breakdown().skillGap())
                .isZero();
    }

    @Test
    void sharedInterestIsTheJaccardIndexIgnoringCaseAndSpaces() {
        assertThat(assess(
                                mentor(1).interests("chess", "music", "cycling"),
                                mentee(2).interests("music", "cycling", "golf"))
                        .breakdown()
                        .sharedInterest())
                .isEqualTo(50.0);
        assertThat(assess(mentor(1).interests("Cycling "), mentee(2).interests("cycling"))
                        .breakdown()
                        .sharedInterest())
                .isEqualTo(100.0);
        assertThat(assess(mentor(1), mentee(2)).breakdown().sharedInterest()).isZero();
    }

    @Test
    void workStyleRewardsTheSameOrAdjacentStyleAndCompatibleMeetingPreferences() {
        assertThat(workStyle(
                        WorkStyle.INTROVERT, MeetingPreference.VIDEO, WorkStyle.INTROVERT, MeetingPreference.VIDEO))
                .isEqualTo(100.0);
        assertThat(workStyle(
                        WorkStyle.INTROVERT, MeetingPreference.EITHER, WorkStyle.AMBIVERT, MeetingPreference.VIDEO))
                .isEqualTo(75.0);
        assertThat(workStyle(
                        WorkStyle.EXTROVERT, MeetingPreference.VIDEO, WorkStyle.EXTROVERT, MeetingPreference.IN_PERSON))
                .isEqualTo(50.0);
        assertThat(workStyle(
                        WorkStyle.INTROVERT, MeetingPreference.IN_PERSON, WorkStyle.EXTROVERT, MeetingPreference.VIDEO))
                .isZero();
    }

    @Test
    void scoreIsTheWeightedMeanOfThePartsWithWeightsNormalisedByTheirSum() {
        var mentor = mentor(1)
                .offers(AI, 4)
                .interests("chess", "music", "cycling")
                .style(WorkStyle.INTROVERT, MeetingPreference.EITHER);
        var mentee = mentee(2)
                .wants(AI, 2, Priority.HIGH)
                .wants(TIKTOK, 1, Priority.LOW)
                .interests("music", "cycling", "golf")
                .style(WorkStyle.AMBIVERT, MeetingPreference.VIDEO);

        // 100 × (0.6 × 6/13 + 0.25 × 0.5 + 0.15 × 0.75) = 51.4423…
        assertThat(assess(mentor, mentee, settings()).score()).isEqualTo(51.44);
        // weights 1, 1, 0 count as ½, ½, 0: 100 × (6/13 + 0.5) / 2 = 48.0769…
        assertThat(assess(mentor, mentee, settings().weights(1, 1, 0)).score()).isEqualTo(48.08);
        assertThat(assess(mentor, mentee, settings().weights(0.5, 0.5, 0)).score())
                .isEqualTo(48.08);
    }

    @Test
    void skillsTheMenteeIsAlreadyExpertInDoNotCount() {
        var score = assess(mentor(1).offers(PYTHON, 5), mentee(2).wants(PYTHON, 5, Priority.HIGH));

        assertThat(score.breakdown().skillGap()).isZero();
    }

    private double workStyle(
            WorkStyle mentorStyle,
            MeetingPreference mentorMeets,
            WorkStyle menteeStyle,
            MeetingPreference menteeMeets) {
        return assess(mentor(1).style(mentorStyle, mentorMeets), mentee(2).style(menteeStyle, menteeMeets))
                .breakdown()
                .workStyle();
    }

    private PairAssessment assess(Fixtures.MentorBuilder mentor, Fixtures.MenteeBuilder mentee) {
        return assess(mentor, mentee, settings());
    }

    private PairAssessment assess(
            Fixtures.MentorBuilder mentor, Fixtures.MenteeBuilder mentee, Fixtures.SettingsBuilder settings) {
        var input = Fixtures.input(List.of(mentor.build()), List.of(mentee.build()), settings);
        return engine.assess(input, 1, 2);
    }
}
