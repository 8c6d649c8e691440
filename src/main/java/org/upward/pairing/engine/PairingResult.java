package org.upward.pairing.engine;

import java.util.List;

/** The outcome of a run: pairs by mentee id, the unmatched (mentees first, then mentors, by id), the total score. */
public record PairingResult(
        List<ProposedPair> pairs, List<Unmatched> unmatched, double totalScore, long durationMillis) {

    public PairingResult {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
    }
}
