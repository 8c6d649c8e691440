package org.upward.program.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The next cohort of a program: its own name and dates; everything else is copied from the original. */
record ProgramCopyRequest(
        @NotBlank(message = "{program.error.giveTheProgramAName}")
                @Size(max = 200, message = "{program.error.keepTheNameUnder200Characters}")
                String name,
        @NotNull(message = "{program.error.enterTheStartDate}") LocalDate startDate,
        @NotNull(message = "{program.error.enterTheEndDate}") LocalDate endDate) {}
