package org.upward.pairing.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pairing engine: scores every mentor–mentee pair ({@link ScoreCalculator}), keeps the pairs the hard constraints
 * allow that reach the minimum score ({@link Eligibility}), finds the exact optimum for the chosen objective
 * ({@link AssignmentObjectives}, {@link OptimalAssignment}) and explains every pair and every unmatched participant.
 * Plain Java, stateless and thread-safe; the same input in any order gives the same result.
 */
public final class PairingEngine {

    private final Wording wording;

    /** An engine explaining in English (messages-pairing.properties), for use without the app. */
    public PairingEngine() {
        this(Wording.ENGLISH);
    }

    /** @param wording where explanations get their words; the app passes {@code UiText::of} */
    public PairingEngine(Wording wording) {
        this.wording = wording;
    }

    /** Runs the pairing: pairs ordered by mentee id, unmatched mentees then mentors by id. */
    public PairingResult run(PairingInput input) {
        long started = System.nanoTime();
        var instance = new PairingInstance(input);
        var edges = EligibleEdges.of(instance);
        int[] mentorOf = AssignmentObjectives.assign(instance, edges);
        var explainer = new PairExplainer(instance.skillNames, wording);
        var unmatchedExplainer = new UnmatchedExplainer(instance, edges, wording);
        List<ProposedPair> pairs = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        boolean[] mentorMatched = new boolean[instance.mentorCount()];
        long totalCenti = 0;
        for (int i = 0; i < mentorOf.length; i++) {
            if (mentorOf[i] < 0) {
                unmatched.add(unmatchedExplainer.mentee(i));
                continue;
            }
            CompiledMentor mentor = instance.mentors.get(mentorOf[i]);
            CompiledMentee mentee = instance.mentees.get(i);
            PairScore score = instance.calculator.score(mentor, mentee);
            totalCenti += score.totalCenti();
            mentorMatched[mentorOf[i]] = true;
            pairs.add(new ProposedPair(
                    mentor.id(),
                    mentee.id(),
                    score.total(),
                    score.breakdown(),
                    explainer.explain(mentor.profile(), mentee.profile())));
        }
        for (int j = 0; j < mentorMatched.length; j++) {
            if (!mentorMatched[j]) {
                unmatched.add(unmatchedExplainer.mentor(j));
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        return new PairingResult(pairs, unmatched, totalCenti / 100.0, millis);
    }

    /**
     * Every mentor for one mentee, for the candidates list: eligible ones best first with score, breakdown and
     * explanation; then those below the minimum score (with their score); then those a hard constraint rules out,
     * each with the reason.
     *
     * @throws IllegalArgumentException when no mentee in the input has that id
     */
    public List<Candidate> candidates(PairingInput input, long menteeId) {
        var instance = new PairingInstance(input);
        int mentee = instance.menteeIndexOf(menteeId);
        if (mentee < 0) {
            throw new IllegalArgumentException("no mentee with id " + menteeId);
        }
        return CandidateRanker.rank(instance, mentee, wording);
    }

    /**
     * Weighs one pair, for pairing by hand: score, breakdown, explanation and every rule it breaks, including
     * {@link Ineligibility#BELOW_MIN_SCORE}.
     *
     * @throws IllegalArgumentException when the input has no such mentor or mentee
     */
    public PairAssessment assess(PairingInput input, long mentorId, long menteeId) {
        var instance = new PairingInstance(input);
        int mentor = instance.mentorIndexOf(mentorId);
        int mentee = instance.menteeIndexOf(menteeId);
        if (mentor < 0 || mentee < 0) {
            throw new IllegalArgumentException("no mentor " + mentorId + " or no mentee " + menteeId + " in the input");
        }
        CompiledMentor compiledMentor = instance.mentors.get(mentor);
        CompiledMentee compiledMentee = instance.mentees.get(mentee);
        PairScore score = instance.calculator.score(compiledMentor, compiledMentee);
        List<Ineligibility> broken = new ArrayList<>(new Eligibility(instance).broken(mentor, mentee));
        if (score.totalCenti() < instance.minScoreCenti) {
            broken.add(Ineligibility.BELOW_MIN_SCORE);
        }
        String explanation = new PairExplainer(instance.skillNames, wording)
                .explain(compiledMentor.profile(), compiledMentee.profile());
        return new PairAssessment(mentorId, menteeId, score.total(), score.breakdown(), explanation, broken);
    }
}
