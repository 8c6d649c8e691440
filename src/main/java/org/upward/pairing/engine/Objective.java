package org.upward.pairing.engine;

/** What the assignment maximises; every objective is solved exactly. */
public enum Objective {
    /** The highest total score. */
    TOTAL_SCORE,
    /** The most pairs, then the highest total score. */
    MOST_MATCHED,
    /** The most pairs, then the highest lowest pair score, then the highest total score. */
    FAIREST
}
