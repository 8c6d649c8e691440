package org.upward.outcome.internal;

/** The kinds of business outcome a program can show for itself. */
enum OutcomeType {
    NEW_IDEA,
    INITIATIVE_LAUNCHED,
    EFFICIENCY_GAIN,
    TRAINING_COST_AVOIDED
}
