package org.upward.sessions.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.upward.sessions.FeedbackRequest;

/** A partner's feedback form on the pair page. */
record FeedbackForm(
        @NotNull(message = "{sessions.feedback.error.rating}")
                @Min(value = 1, message = "{sessions.feedback.error.rating}")
                @Max(value = 5, message = "{sessions.feedback.error.rating}")
                Integer rating,
        @Size(max = 4000) String learned,
        @Size(max = 4000) String taught,
        @Size(max = 4000) String privateReflection,
        Boolean shareLearned) {

    FeedbackRequest toRequest() {
        return new FeedbackRequest(rating, learned, taught, privateReflection, shareLearned);
    }
}
