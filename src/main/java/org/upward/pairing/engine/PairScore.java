package org.upward.pairing.engine;

/** A pair's score and its parts in hundredths of a point (0–10,000), so that sums and ties are exact. */
record PairScore(long totalCenti, long skillGapCenti, long sharedInterestCenti, long workStyleCenti) {

    double total() {
        return totalCenti / 100.0;
    }

    Breakdown breakdown() {
        return new Breakdown(skillGapCenti / 100.0, sharedInterestCenti / 100.0, workStyleCenti / 100.0);
    }
}
