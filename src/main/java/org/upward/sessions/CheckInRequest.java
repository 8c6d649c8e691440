package org.upward.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partner's one-minute pulse for the current cadence period. */
public record CheckInRequest(
        @NotNull(message = "{sessions.error.sayHowItIsGoingFrom}")
                @Min(value = 1, message = "{sessions.error.mustBeFrom1To5}")
                @Max(value = 5, message = "{sessions.error.mustBeFrom1To5}")
                Integer rating,
        @Size(max = 2000, message = "{sessions.error.atMost2000Characters}") String blocker) {}
