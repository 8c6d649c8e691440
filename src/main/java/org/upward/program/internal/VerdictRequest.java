package org.upward.program.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.upward.program.ObjectiveVerdict;

/** The admin's verdict on an objective with a qualitative measure, and the evidence for it. */
record VerdictRequest(
        @NotNull(message = "{program.error.verdict.chooseVerdict}") ObjectiveVerdict verdict,
        @NotBlank(message = "{program.error.verdict.giveEvidence}")
                @Size(max = 2000, message = "{program.error.verdict.evidenceTooLong}")
                String evidence) {}
