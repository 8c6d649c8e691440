package org.upward.pairing;

import java.util.Collection;
import java.util.Map;

/**
 * The health of a program's active pairs, for the pairs the API lists. Pairing only asks: the sessions module, which
 * knows the pairs' activity, answers (and pairing works without it, showing no health).
 */
public interface PairHealths {

    /** The health of each ACTIVE pair of the program today, by pair id. */
    Map<Long, PairHealth> of(long programId);

    /** The same for those of {@code pairIds} that are ACTIVE pairs of the program (a page of them). */
    Map<Long, PairHealth> of(long programId, Collection<Long> pairIds);
}
