package org.upward.pairing;

import java.util.List;
import org.upward.security.UpwardUser;

/** A program's pairs as the viewer may see them, for other modules (the demo data). */
public interface ProgramPairs {

    /** Every pair of the program for an admin, oldest first; a participant's own otherwise. */
    List<PairView> pairs(long programId, UpwardUser viewer);

    /** The program's active pairs, for modules that follow them up (no viewer: callers decide who sees what). */
    List<ActivePair> active(long programId);
}
