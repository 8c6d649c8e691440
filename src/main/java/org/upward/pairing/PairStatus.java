package org.upward.pairing;

/**
 * Where a pair stands: proposed by a run, approved by the admin (intro chat next), active once the intro
 * chat happened, rejected in review, or dissolved by a swap. History is never deleted.
 */
public enum PairStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    ACTIVE,
    DISSOLVED;

    public boolean isLive() {
        return this == PROPOSED || this == APPROVED || this == ACTIVE;
    }

    public boolean isAgreed() {
        return this == APPROVED || this == ACTIVE;
    }
}
