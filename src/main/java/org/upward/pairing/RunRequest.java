package org.upward.pairing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.upward.pairing.engine.Objective;

/** {@code POST /programs/{id}/pairing-runs}: absent fields fall back to the program's settings. */
public record RunRequest(
        boolean preview,
        @Valid WeightsRequest weights,
        @DecimalMin("0") @DecimalMax("100") Double minScore,
        Objective objective) {

    public record WeightsRequest(
            @NotNull @DecimalMin("0") @DecimalMax("1") Double skillGapWeight,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double sharedInterestWeight,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double workStyleWeight) {}
}
