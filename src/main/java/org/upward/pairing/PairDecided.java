package org.upward.pairing;

/**
 * Published inside the transaction that changes a pair by an admin's (or, for a flag, a partner's) decision.
 * {@code note} is the flag's note or the swap's reason, else null.
 */
public record PairDecided(Decision decision, long pairId, long programId, long mentorId, long menteeId, String note) {

    public enum Decision {
        APPROVED,
        REJECTED,
        ACTIVATED,
        FLAGGED,
        FLAG_RESOLVED,
        MADE_BY_HAND,
        SWAPPED
    }
}
