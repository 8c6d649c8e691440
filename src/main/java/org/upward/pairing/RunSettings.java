package org.upward.pairing;

import org.upward.pairing.engine.Objective;

/** The weights, minimum score and objective a run uses: the program's, or a what-if's. */
public record RunSettings(
        double skillGapWeight,
        double sharedInterestWeight,
        double workStyleWeight,
        double minScore,
        Objective objective) {}
