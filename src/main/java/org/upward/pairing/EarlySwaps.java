package org.upward.pairing;

import java.util.List;

/** Early swaps, for other modules (the demo data): a pair that looks off is dissolved and both rematched. */
public interface EarlySwaps {

    /** Dissolves the pair with a reason; answers the pairs proposed in its place (maybe none). */
    List<PairView> swap(long pairId, String reason);
}
