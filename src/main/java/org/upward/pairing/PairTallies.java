package org.upward.pairing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts a program's pairs by what they wait for, for the admin's "to do" list. */
@Service
public class PairTallies {

    private final PairRepository pairs;

    PairTallies(PairRepository pairs) {
        this.pairs = pairs;
    }

    @Transactional(readOnly = true)
    public PairTally of(long programId) {
        return pairs.tally(programId);
    }
}
