package org.upward.outcome;

/** Published inside the transaction that records or deletes a business outcome. */
public record OutcomeChanged(OutcomeView outcome, boolean deleted) {}
