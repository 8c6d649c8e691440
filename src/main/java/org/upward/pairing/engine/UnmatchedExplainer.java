package org.upward.pairing.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Says why a participant is left unmatched. With eligible partners (allowed and at or above the minimum score), the
 * optimum left them out because every one of those partners is taken by pairs that are better overall: a mentee's
 * eligible mentors are all at capacity, a mentor's eligible mentees all have other mentors. (An eligible pair with
 * room on both sides would only add to every objective, so an optimal assignment never leaves one.)
 */
final class UnmatchedExplainer {

    private final PairingInstance instance;
    private final EligibleEdges edges;
    private final Eligibility eligibility;
    private final int[] mentorDegree;
    private final int[] mentorBest;

    UnmatchedExplainer(PairingInstance instance, EligibleEdges edges) {
        this.instance = instance;
        this.edges = edges;
        this.eligibility = new Eligibility(instance);
        this.mentorDegree = new int[edges.mentorCount];
        this.mentorBest = new int[edges.mentorCount];
        for (int e = 0; e < edges.size(); e++) {
            mentorDegree[edges.mentor[e]]++;
            mentorBest[edges.mentor[e]] = Math.max(mentorBest[edges.mentor[e]], edges.score[e]);
        }
    }

    Unmatched mentee(int i) {
        long id = instance.mentees.get(i).id();
        int degree = edges.rowStart[i + 1] - edges.rowStart[i];
        if (degree > 0) {
            int best = 0;
            for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
                best = Math.max(best, edges.score[e]);
            }
            return new Unmatched(
                    id,
                    Side.MENTEE,
                    UnmatchedReason.PARTNERS_TAKEN,
                    each(degree, "eligible mentor", "eligible mentors")
                            + " is at capacity with pairs that give a better overall result (best score possible: "
                            + points(best) + ").");
        }
        var tally = new Tally();
        for (int j = 0; j < instance.mentorCount(); j++) {
            tally.add(j, i);
        }
        return tally.explain(id, Side.MENTEE, "mentor");
    }

    Unmatched mentor(int j) {
        long id = instance.mentors.get(j).id();
        if (mentorDegree[j] > 0) {
            return new Unmatched(
                    id,
                    Side.MENTOR,
                    UnmatchedReason.PARTNERS_TAKEN,
                    each(mentorDegree[j], "eligible mentee", "eligible mentees")
                            + " is paired with another mentor for a better overall result (best score possible: "
                            + points(mentorBest[j]) + ").");
        }
        var tally = new Tally();
        for (int i = 0; i < instance.menteeCount(); i++) {
            tally.add(j, i);
        }
        return tally.explain(id, Side.MENTOR, "mentee");
    }

    /** Counts the other side by what rules each pair out, and the best score among those below the minimum. */
    private final class Tally {
        private final Map<Ineligibility, Integer> counts = new EnumMap<>(Ineligibility.class);
        private long bestBelowMin = -1;

        void add(int mentor, int mentee) {
            Ineligibility rule = eligibility.check(mentor, mentee);
            if (rule == null) {
                rule = Ineligibility.BELOW_MIN_SCORE;
                bestBelowMin = Math.max(
                        bestBelowMin,
                        instance.calculator.totalCenti(instance.mentors.get(mentor), instance.mentees.get(mentee)));
            }
            counts.merge(rule, 1, Integer::sum);
        }

        Unmatched explain(long id, Side side, String other) {
            if (counts.isEmpty()) {
                return new Unmatched(
                        id,
                        side,
                        UnmatchedReason.NO_ELIGIBLE_PARTNER,
                        "No " + other + "s are enrolled in the program.");
            }
            int belowMin = counts.getOrDefault(Ineligibility.BELOW_MIN_SCORE, 0);
            List<String> ruledOut = new ArrayList<>();
            counts.forEach((rule, count) -> {
                if (rule != Ineligibility.BELOW_MIN_SCORE) {
                    ruledOut.add(count + " " + rule.words());
                }
            });
            if (belowMin > 0) {
                String text = each(belowMin, other + " allowed", other + "s allowed")
                        + " scores below the minimum of " + points(instance.minScoreCenti) + " (best score possible: "
                        + points(bestBelowMin) + ")"
                        + (ruledOut.isEmpty() ? "" : "; ruled out: " + String.join(", ", ruledOut))
                        + ".";
                return new Unmatched(id, side, UnmatchedReason.ALL_BELOW_MIN_SCORE, text);
            }
            return new Unmatched(
                    id,
                    side,
                    UnmatchedReason.NO_ELIGIBLE_PARTNER,
                    "No " + other + " is allowed under the constraints: " + String.join(", ", ruledOut) + ".");
        }
    }

    /** "The only eligible mentor" or "Each of the 3 eligible mentors", for a verb in the singular. */
    private static String each(int count, String singular, String plural) {
        return count == 1 ? "The only " + singular : "Each of the " + count + " " + plural;
    }

    static String points(long centi) {
        return centi % 100 == 0 ? Long.toString(centi / 100) : String.format(Locale.ROOT, "%.2f", centi / 100.0);
    }
}
