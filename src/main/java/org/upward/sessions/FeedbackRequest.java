package org.upward.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partner's feedback on a session; the private reflection is seen by its author only. */
public record FeedbackRequest(
        @NotNull(message = "rate the session from 1 to 5")
                @Min(value = 1, message = "must be from 1 to 5")
                @Max(value = 5, message = "must be from 1 to 5")
                Integer rating,
        @Size(max = 4000, message = "at most 4,000 characters") String learned,
        @Size(max = 4000, message = "at most 4,000 characters") String taught,
        @Size(max = 4000, message = "at most 4,000 characters") String privateReflection) {}
