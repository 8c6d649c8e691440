package org.upward.outcome.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A business outcome as sent to {@code POST /programs/{id}/outcomes}. */
record OutcomeRequest(
        @NotNull(message = "{outcome.error.chooseNewIdeaInitiativeLaunchedEfficiency}") OutcomeType type,
        @NotBlank(message = "{outcome.error.sayWhatHappened}")
                @Size(max = 2000, message = "{outcome.error.atMost2000Characters}")
                String description,
        @NotNull(message = "{outcome.error.giveTheValue0WhenIt}")
                @DecimalMin(value = "0", message = "{outcome.error.mustNotBeNegative}")
                @Digits(integer = 12, fraction = 2, message = "{outcome.error.atMost12DigitsAnd2}")
                BigDecimal value,
        @NotNull(message = "{outcome.error.giveTheDateItHappened}") LocalDate date,
        Long pairId) {}
