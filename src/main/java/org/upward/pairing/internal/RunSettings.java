package org.upward.pairing.internal;

import org.upward.pairing.engine.Objective;

/** The weights, minimum score and objective a run uses: the program's, or a what-if's. */
record RunSettings(
        double skillGapWeight,
        double sharedInterestWeight,
        double workStyleWeight,
        double minScore,
        Objective objective) {}
