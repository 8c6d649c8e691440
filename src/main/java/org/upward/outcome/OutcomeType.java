package org.upward.outcome;

/** The kinds of business outcome a program can show for itself. */
public enum OutcomeType {
    NEW_IDEA,
    INITIATIVE_LAUNCHED,
    EFFICIENCY_GAIN,
    TRAINING_COST_AVOIDED
}
