package org.upward.pairing.engine;

import java.util.List;

/**
 * A given mentor–mentee pair weighed against the program's rules, for pairing by hand: its score, breakdown and
 * explanation, and every rule it breaks (empty when the engine could have proposed it).
 */
record PairAssessment(
        long mentorId,
        long menteeId,
        double score,
        Breakdown breakdown,
        String explanation,
        List<Ineligibility> brokenRules) {

    public PairAssessment {
        brokenRules = List.copyOf(brokenRules);
    }
}
