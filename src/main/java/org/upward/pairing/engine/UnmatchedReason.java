package org.upward.pairing.engine;

/** Why a participant was left without a partner. */
public enum UnmatchedReason {
    /** Every possible partner is ruled out by a hard constraint (or there is nobody on the other side). */
    NO_ELIGIBLE_PARTNER,
    /** Some partners are allowed, but every one of them scores below the minimum score. */
    ALL_BELOW_MIN_SCORE,
    /** Eligible partners exist, but they are all taken by pairs that give a better overall result. */
    PARTNERS_TAKEN
}
