package org.upward.pairing;

import java.time.LocalDate;

/** Ends a live pair before its program ends. */
public interface PairClosing {

    /**
     * Closes the ACTIVE pair for inactivity on {@code day} and publishes {@link PairClosed} in the caller's
     * transaction; answers false, changing nothing, when the pair is not ACTIVE (any more).
     */
    boolean closeForInactivity(long pairId, LocalDate day);
}
