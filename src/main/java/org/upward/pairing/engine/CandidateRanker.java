package org.upward.pairing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every mentor for one mentee: the eligible ones best first, then those below the minimum score (best first), then
 * those a hard constraint rules out (by id). Ties go to the lower mentor id.
 */
final class CandidateRanker {

    private static final Breakdown NONE = new Breakdown(0, 0, 0);

    private CandidateRanker() {}

    static List<Candidate> rank(PairingInstance instance, int mentee, Wording wording) {
        var eligibility = new Eligibility(instance);
        var explainer = new PairExplainer(instance.skillNames, wording);
        CompiledMentee compiledMentee = instance.mentees.get(mentee);
        List<Candidate> candidates = new ArrayList<>();
        for (int j = 0; j < instance.mentorCount(); j++) {
            CompiledMentor mentor = instance.mentors.get(j);
            Ineligibility rule = eligibility.check(j, mentee);
            if (rule != null) {
                candidates.add(new Candidate(
                        mentor.id(),
                        false,
                        0,
                        NONE,
                        "",
                        rule,
                        wording.text("pairing.engine.notAllowed", rule.words(wording))));
                continue;
            }
            PairScore score = instance.calculator.score(mentor, compiledMentee);
            String explanation = explainer.explain(mentor.profile(), compiledMentee.profile());
            if (score.totalCenti() < instance.minScoreCenti) {
                String reason = wording.text(
                        "pairing.engine.scoresBelowMinimum",
                        UnmatchedExplainer.points(score.totalCenti()),
                        UnmatchedExplainer.points(instance.minScoreCenti));
                candidates.add(new Candidate(
                        mentor.id(),
                        false,
                        score.total(),
                        score.breakdown(),
                        explanation,
                        Ineligibility.BELOW_MIN_SCORE,
                        reason));
            } else {
                candidates.add(
                        new Candidate(mentor.id(), true, score.total(), score.breakdown(), explanation, null, null));
            }
        }
        candidates.sort(Comparator.comparingInt(CandidateRanker::group)
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                .thenComparingLong(Candidate::mentorId));
        return candidates;
    }

    private static int group(Candidate candidate) {
        if (candidate.eligible()) {
            return 0;
        }
        return candidate.ineligibility() == Ineligibility.BELOW_MIN_SCORE ? 1 : 2;
    }
}
