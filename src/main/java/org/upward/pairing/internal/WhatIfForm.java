package org.upward.pairing.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.upward.pairing.RunRequest;
import org.upward.pairing.engine.Objective;
import org.upward.program.ProgramView;

/** The what-if panel: other weights, minimum score or objective, run as a preview that stores nothing. */
record WhatIfForm(
        @NotNull(message = "{pairing.whatIf.weight.range}")
                @DecimalMin(value = "0", message = "{pairing.whatIf.weight.range}")
                @DecimalMax(value = "1", message = "{pairing.whatIf.weight.range}")
                Double skillGapWeight,
        @NotNull(message = "{pairing.whatIf.weight.range}")
                @DecimalMin(value = "0", message = "{pairing.whatIf.weight.range}")
                @DecimalMax(value = "1", message = "{pairing.whatIf.weight.range}")
                Double sharedInterestWeight,
        @NotNull(message = "{pairing.whatIf.weight.range}")
                @DecimalMin(value = "0", message = "{pairing.whatIf.weight.range}")
                @DecimalMax(value = "1", message = "{pairing.whatIf.weight.range}")
                Double workStyleWeight,
        @NotNull(message = "{pairing.whatIf.minScore.range}")
                @DecimalMin(value = "0", message = "{pairing.whatIf.minScore.range}")
                @DecimalMax(value = "100", message = "{pairing.whatIf.minScore.range}")
                Double minScore,
        @NotNull(message = "{pairing.whatIf.objective.required}") Objective objective) {

    static WhatIfForm of(ProgramView program) {
        var matching = program.matching();
        return new WhatIfForm(
                matching.skillGapWeight(),
                matching.sharedInterestWeight(),
                matching.workStyleWeight(),
                (double) matching.minScore(),
                Objective.valueOf(matching.objective().name()));
    }

    RunRequest toPreview() {
        return new RunRequest(
                true,
                new RunRequest.WeightsRequest(skillGapWeight, sharedInterestWeight, workStyleWeight),
                minScore,
                objective);
    }
}
