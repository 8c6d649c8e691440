package org.upward.pairing;

/**
 * Where a pair stands: proposed by a run, approved by the admin (intro chat next), active once the intro
 * chat happened, rejected in review, dissolved by a swap, or closed before the program ended (for inactivity: the
 * health job, after a warning nobody acted on). History is never deleted; REJECTED, DISSOLVED and CLOSED are final.
 */
public enum PairStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    ACTIVE,
    DISSOLVED,
    CLOSED;

    public boolean isLive() {
        return this == PROPOSED || this == APPROVED || this == ACTIVE;
    }

    public boolean isAgreed() {
        return this == APPROVED || this == ACTIVE;
    }

    /** Whether the pair ended once it had been agreed: swapped away or closed early. */
    public boolean isEnded() {
        return this == DISSOLVED || this == CLOSED;
    }
}
