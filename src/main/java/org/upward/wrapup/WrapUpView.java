package org.upward.wrapup;

import java.time.Instant;
import java.util.List;

/**
 * A pair's wrap-up as the caller may see it. For a partner: whether it is due, until when it can be changed, their
 * own answers ({@code mine}, null until they answered) and whether the partner answered, never the partner's
 * answers. For an admin: only how many of the two answered ({@code answeredCount}); {@code mine} is null.
 * {@code goals} are the pair's agreement goals to rate, each with the caller's rating once they answered.
 */
public record WrapUpView(
        long pairId,
        boolean due,
        Instant dueAt,
        Instant editableUntil,
        boolean editable,
        Answer mine,
        boolean partnerAnswered,
        int answeredCount,
        List<GoalRating> goals) {

    /** One goal of the agreement and how the caller rated it (null before they answered). */
    public record GoalRating(Long goalId, String statement, Attainment attainment) {}

    /** The caller's own answers: "what changed" is theirs, shared with the results only when they say so. */
    public record Answer(Instant answeredAt, String whatChanged, boolean shareChange, Recommendation recommend) {}

    public boolean answered() {
        return mine != null;
    }
}
