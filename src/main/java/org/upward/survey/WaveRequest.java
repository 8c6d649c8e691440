package org.upward.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A wave to schedule or reschedule. {@code wave} is BASELINE, MONTH_6, MONTH_12 or a name of the
 * admin's (letters, digits, _ and -; stored in capitals). {@code comparisonGroup} lists the emails of
 * non-participants who get the same survey; absent when rescheduling means "unchanged".
 */
public record WaveRequest(
        @NotBlank(message = "name the wave, e.g. BASELINE") @Size(max = 40, message = "at most 40 characters")
                String wave,
        @NotNull(message = "give the first day answers are taken") LocalDate opensOn,
        @NotNull(message = "give the last day answers are taken") LocalDate closesOn,
        @Size(max = 5000, message = "at most 5,000 people") List<String> comparisonGroup) {}
