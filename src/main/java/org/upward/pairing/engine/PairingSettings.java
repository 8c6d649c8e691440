package org.upward.pairing.engine;

import java.util.Objects;
import java.util.Set;

/**
 * How to pair one program.
 *
 * @param minScore pairs scoring below this (0–100) are not eligible: the people stay unmatched instead
 * @param blockedPairs pairs an admin blocked: never proposed
 * @param dissolvedPairs pairs just dissolved by a swap: never proposed again on the rematch
 */
public record PairingSettings(
        Weights weights,
        double minScore,
        boolean excludeSameDepartment,
        Objective objective,
        Set<PairKey> blockedPairs,
        Set<PairKey> dissolvedPairs) {

    public PairingSettings {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(objective, "objective");
        if (!(minScore >= 0 && minScore <= 100)) {
            throw new IllegalArgumentException("minScore must be between 0 and 100, was " + minScore);
        }
        blockedPairs = Set.copyOf(blockedPairs);
        dissolvedPairs = Set.copyOf(dissolvedPairs);
    }

    /** Default weights, the given minimum score and objective, no department rule, nothing blocked. */
    public static PairingSettings of(double minScore, Objective objective) {
        return new PairingSettings(Weights.DEFAULTS, minScore, false, objective, Set.of(), Set.of());
    }

    long minScoreCenti() {
        return Math.round(minScore * 100);
    }
}
