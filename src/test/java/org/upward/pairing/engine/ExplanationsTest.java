package org.upward.pairing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upward.pairing.engine.Fixtures.AI;
import static org.upward.pairing.engine.Fixtures.PYTHON;
import static org.upward.pairing.engine.Fixtures.TIKTOK;
import static org.upward.pairing.engine.Fixtures.mentee;
import static org.upward.pairing.engine.Fixtures.mentor;
import static org.upward.pairing.engine.Fixtures.settings;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplanationsTest {

    private final PairingEngine engine = new PairingEngine();

    @Test
    void explainsAPairBySkillsCoveredSharedInterestsAndFit() {
        var input = Fixtures.input(
                List.of(mentor(1)
                        .offers(AI, 5)
                        .offers(TIKTOK, 4)
                        .offers(PYTHON, 2)
                        .interests("sustainability", "chess")
                        .style(WorkStyle.INTROVERT, MeetingPreference.VIDEO)
                        .build()),
                List.of(mentee(2)
                        .wants(AI, 2, Priority.HIGH)
                        .wants(TIKTOK, 1, Priority.MEDIUM)
                        .wants(PYTHON, 3, Priority.HIGH)
                        .interests("sustainability", "golf")
                        .style(WorkStyle.INTROVERT, MeetingPreference.VIDEO)
                        .build()),
                settings());

        var pair = engine.run(input).pairs().get(0);

        assertThat(pair.explanation())
                .isEqualTo("Covers 2 of 3 wanted skills: AI assistants 5/5 (mentee at 2/5), TikTok 4/5 (mentee at"
                        + " 1/5); not covered: Python. Shares: sustainability. Both introverts; both prefer video.");
    }

    @Test
    void explainsStyleAndMeetingDifferences() {
        var explainer = new PairExplainer(Map.of(), Wording.ENGLISH);
        assertThat(explainer.style(WorkStyle.EXTROVERT, WorkStyle.INTROVERT))
                .isEqualTo("Mentor extrovert, mentee introvert (opposite work styles)");
        assertThat(explainer.style(WorkStyle.AMBIVERT, WorkStyle.INTROVERT))
                .isEqualTo("Mentor ambivert, mentee introvert (adjacent work styles)");
        assertThat(explainer.meeting(MeetingPreference.EITHER, MeetingPreference.IN_PERSON))
                .isEqualTo("in person suits both");
        assertThat(explainer.meeting(MeetingPreference.VIDEO, MeetingPreference.IN_PERSON))
                .isEqualTo("different meeting preferences (mentor video, mentee in person)");
        assertThat(explainer.meeting(MeetingPreference.EITHER, MeetingPreference.EITHER))
                .isEqualTo("both flexible on how to meet");
    }

    @Test
    void listsEveryMentorForAMenteeBestFirstWithTheReasonForTheIneligible() {
        var input = Fixtures.input(
                List.of(
                        mentor(10).offers(AI, 3).build(),
                        mentor(11).offers(AI, 5).build(),
                        mentor(12).offers(AI, 2).build(),
                        mentor(13).offers(AI, 5).build(),
                        mentor(14).offers(AI, 4).build()),
                List.of(mentee(2).managers(13L).wants(AI, 1, Priority.HIGH).build()),
                settings().weights(1, 0, 0).minScore(40).block(14, 2));

        var candidates = engine.candidates(input, 2);

        assertThat(candidates)
                .extracting(Candidate::mentorId, Candidate::eligible, Candidate::score, Candidate::ineligibility)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(11L, true, 100.0, null),
                        org.assertj.core.groups.Tuple.tuple(10L, true, 50.0, null),
                        org.assertj.core.groups.Tuple.tuple(12L, false, 25.0, Ineligibility.BELOW_MIN_SCORE),
                        org.assertj.core.groups.Tuple.tuple(13L, false, 0.0, Ineligibility.REPORTING_LINE),
                        org.assertj.core.groups.Tuple.tuple(14L, false, 0.0, Ineligibility.BLOCKED));
        assertThat(candidates.get(0).explanation()).startsWith("Covers 1 of 1 wanted skills: AI assistants 5/5");
        assertThat(candidates.get(2).reason()).isEqualTo("Scores 25, below the minimum of 40.");
        assertThat(candidates.get(3).reason()).isEqualTo("Not allowed: in the same reporting line.");
    }

    @Test
    void assessingAHandMadePairListsEveryRuleItBreaks() {
        var input = Fixtures.input(
                List.of(mentor(1).department("Sales").managers(2L).offers(AI, 2).build()),
                List.of(mentee(2)
                        .department("Sales")
                        .wants(AI, 1, Priority.HIGH)
                        .build()),
                settings().weights(1, 0, 0).minScore(50).excludeSameDepartment().block(1, 2));

        var assessment = engine.assess(input, 1, 2);

        assertThat(assessment.brokenRules())
                .containsExactly(
                        Ineligibility.REPORTING_LINE,
                        Ineligibility.SAME_DEPARTMENT,
                        Ineligibility.BLOCKED,
                        Ineligibility.BELOW_MIN_SCORE);
        assertThat(assessment.score()).isEqualTo(25.0);
    }
}
