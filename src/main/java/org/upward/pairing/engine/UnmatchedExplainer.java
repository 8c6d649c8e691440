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
    private final Wording wording;

    UnmatchedExplainer(PairingInstance instance, EligibleEdges edges, Wording wording) {
        this.instance = instance;
        this.edges = edges;
        this.wording = wording;
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
                    each("pairing.engine.unmatched.mentorsTaken", degree, points(best)));
        }
        var tally = new Tally();
        for (int j = 0; j < instance.mentorCount(); j++) {
            tally.add(j, i);
        }
        return tally.explain(id, Side.MENTEE);
    }

    Unmatched mentor(int j) {
        long id = instance.mentors.get(j).id();
        if (mentorDegree[j] > 0) {
            return new Unmatched(
                    id,
                    Side.MENTOR,
                    UnmatchedReason.PARTNERS_TAKEN,
                    each("pairing.engine.unmatched.menteesTaken", mentorDegree[j], points(mentorBest[j])));
        }
        var tally = new Tally();
        for (int i = 0; i < instance.menteeCount(); i++) {
            tally.add(j, i);
        }
        return tally.explain(id, Side.MENTOR);
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

        /** @param side the unmatched person's side; the words are about the other side's people */
        Unmatched explain(long id, Side side) {
            String others = "pairing.engine.unmatched." + (side == Side.MENTEE ? "mentors" : "mentees");
            if (counts.isEmpty()) {
                return new Unmatched(
                        id, side, UnmatchedReason.NO_ELIGIBLE_PARTNER, wording.text(others + "NotEnrolled"));
            }
            int belowMin = counts.getOrDefault(Ineligibility.BELOW_MIN_SCORE, 0);
            List<String> ruledOut = new ArrayList<>();
            counts.forEach((rule, count) -> {
                if (rule != Ineligibility.BELOW_MIN_SCORE) {
                    ruledOut.add(wording.text("pairing.engine.unmatched.ruledOutCount", count, rule.words(wording)));
                }
            });
            if (belowMin > 0) {
                String text = each(
                        others + "BelowMinimum",
                        belowMin,
                        points(instance.minScoreCenti),
                        points(bestBelowMin),
                        ruledOut.isEmpty() ? "" : wording.text("pairing.engine.unmatched.ruledOut", list(ruledOut)));
                return new Unmatched(id, side, UnmatchedReason.ALL_BELOW_MIN_SCORE, text);
            }
            return new Unmatched(
                    id, side, UnmatchedReason.NO_ELIGIBLE_PARTNER, wording.text(others + "NotAllowed", list(ruledOut)));
        }
    }

    /**
     * The message {@code key + ".one"} ("The only eligible mentor is …") or {@code key + ".many"} ("Each of the
     * 3 eligible mentors is …", the count first), with the other arguments after.
     */
    private String each(String key, int count, Object... args) {
        if (count == 1) {
            return wording.text(key + ".one", args);
        }
        Object[] withCount = new Object[args.length + 1];
        withCount[0] = count;
        System.arraycopy(args, 0, withCount, 1, args.length);
        return wording.text(key + ".many", withCount);
    }

    private static String list(List<String> items) {
        return String.join(", ", items);
    }

    static String points(long centi) {
        return centi % 100 == 0 ? Long.toString(centi / 100) : String.format(Locale.ROOT, "%.2f", centi / 100.0);
    }
}
