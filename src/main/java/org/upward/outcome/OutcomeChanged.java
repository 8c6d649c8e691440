package org.upward.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published inside the transaction that records or deletes a business outcome. {@code type} is the kind's name
 * ({@code NEW_IDEA}, {@code INITIATIVE_LAUNCHED}, {@code EFFICIENCY_GAIN} or {@code TRAINING_COST_AVOIDED});
 * {@code pairId} is null when the outcome came from the program as a whole.
 */
public record OutcomeChanged(
        long outcomeId,
        long programId,
        String type,
        String description,
        BigDecimal value,
        LocalDate date,
        Long pairId,
        boolean deleted) {}
