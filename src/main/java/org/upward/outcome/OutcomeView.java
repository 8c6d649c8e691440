package org.upward.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded business outcome; {@code pairId} is null when it came from the program as a whole. */
public record OutcomeView(
        long id,
        long programId,
        OutcomeType type,
        String description,
        BigDecimal value,
        LocalDate date,
        Long pairId,
        String recordedBy) {}
