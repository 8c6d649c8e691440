package org.upward.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One follow-up of a pair: its text, its owner (one of the two partners, by email and name), its state and the
 * day it was done; {@code sessionId} is the logged session it came from (null when added on its own).
 */
public record FollowUpView(
        long id,
        long pairId,
        Long sessionId,
        String text,
        String owner,
        String ownerName,
        FollowUpState state,
        LocalDate doneOn,
        long version,
        Instant createdAt) {

    public boolean isDone() {
        return state == FollowUpState.DONE;
    }
}
