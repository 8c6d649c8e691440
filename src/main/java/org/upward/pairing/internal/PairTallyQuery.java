package org.upward.pairing.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairTallies;
import org.upward.pairing.PairTally;

/** Counts a program's pairs by what they wait for, for the admin's "to do" list. */
@Service
class PairTallyQuery implements PairTallies {

    private final PairRepository pairs;

    PairTallyQuery(PairRepository pairs) {
        this.pairs = pairs;
    }

    @Override
    @Transactional(readOnly = true)
    public PairTally of(long programId) {
        return pairs.tally(programId);
    }
}
