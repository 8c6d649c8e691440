package org.upward.sessions.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.upward.sessions.CheckInRequest;

/** The one-minute check-in on the pair page. */
record CheckInForm(
        @NotNull(message = "{sessions.checkin.error.rating}")
                @Min(value = 1, message = "{sessions.checkin.error.rating}")
                @Max(value = 5, message = "{sessions.checkin.error.rating}")
                Integer rating,
        @Size(max = 2000) String blocker) {

    CheckInRequest toRequest() {
        return new CheckInRequest(rating, blocker);
    }
}
