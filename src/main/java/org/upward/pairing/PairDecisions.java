package org.upward.pairing;

import org.upward.security.UpwardUser;

/** An admin's (or, for a flag, a partner's) decisions about a pair, for other modules (the demo data). */
public interface PairDecisions {

    PairView approve(long pairId);

    /** The intro chat happened: the pair starts for real. */
    PairView activate(long pairId);

    /** Flags an agreed pair for the admins' attention, with a note. */
    PairView flag(long pairId, UpwardUser by, String note);
}
