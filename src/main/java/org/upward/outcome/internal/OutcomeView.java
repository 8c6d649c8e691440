package org.upward.outcome.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.upward.outcome.OutcomeChanged;

/** A recorded business outcome; {@code pairId} is null when it came from the program as a whole. */
record OutcomeView(
        long id,
        long programId,
        OutcomeType type,
        String description,
        BigDecimal value,
        LocalDate date,
        Long pairId,
        String recordedBy) {

    /** The event that tells other modules this outcome was recorded or, when {@code deleted}, deleted. */
    OutcomeChanged changed(boolean deleted) {
        return new OutcomeChanged(id, programId, type.name(), description, value, date, pairId, deleted);
    }
}
