package org.upward.outcome;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A business outcome as sent to {@code POST /programs/{id}/outcomes}. */
public record OutcomeRequest(
        @NotNull(message = "choose NEW_IDEA, INITIATIVE_LAUNCHED, EFFICIENCY_GAIN or TRAINING_COST_AVOIDED")
                OutcomeType type,
        @NotBlank(message = "say what happened") @Size(max = 2000, message = "at most 2,000 characters")
                String description,
        @NotNull(message = "give the value (0 when it has none in money)")
                @DecimalMin(value = "0", message = "must not be negative")
                @Digits(integer = 12, fraction = 2, message = "at most 12 digits and 2 decimals")
                BigDecimal value,
        @NotNull(message = "give the date it happened") LocalDate date,
        Long pairId) {}
