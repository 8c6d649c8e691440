package org.upward.program;

/** What the pairing optimises: the total score, the number of pairs, or the weakest pair's score. */
public enum MatchingObjective {
    TOTAL_SCORE,
    MOST_MATCHED,
    FAIREST
}
