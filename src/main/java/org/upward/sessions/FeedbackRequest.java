package org.upward.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A partner's feedback on a session; the private reflection is seen by its author only. {@code shareLearned}:
 * the program's results may quote "what I learned", without the author's name (absent: no).
 */
public record FeedbackRequest(
        @NotNull(message = "{sessions.error.rateTheSessionFrom1To}")
                @Min(value = 1, message = "{sessions.error.mustBeFrom1To5}")
                @Max(value = 5, message = "{sessions.error.mustBeFrom1To5}")
                Integer rating,
        @Size(max = 4000, message = "{sessions.error.atMost4000Characters}") String learned,
        @Size(max = 4000, message = "{sessions.error.atMost4000Characters}") String taught,
        @Size(max = 4000, message = "{sessions.error.atMost4000Characters}") String privateReflection,
        Boolean shareLearned) {

    public FeedbackRequest(Integer rating, String learned, String taught, String privateReflection) {
        this(rating, learned, taught, privateReflection, null);
    }
}
