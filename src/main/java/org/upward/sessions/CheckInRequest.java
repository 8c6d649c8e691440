package org.upward.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partner's one-minute pulse for the current cadence period. */
public record CheckInRequest(
        @NotNull(message = "say how it is going from 1 to 5")
                @Min(value = 1, message = "must be from 1 to 5")
                @Max(value = 5, message = "must be from 1 to 5")
                Integer rating,
        @Size(max = 2000, message = "at most 2,000 characters") String blocker) {}
