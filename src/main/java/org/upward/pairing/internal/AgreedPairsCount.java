package org.upward.pairing.internal;

import org.springframework.stereotype.Component;
import org.upward.program.ApprovedPairsCount;

/** Lets a program start RUNNING once it has approved (or already active) pairs. */
@Component
class AgreedPairsCount implements ApprovedPairsCount {

    private final PairRepository pairs;

    AgreedPairsCount(PairRepository pairs) {
        this.pairs = pairs;
    }

    @Override
    public long approvedPairs(long programId) {
        return pairs.countAgreed(programId);
    }
}
