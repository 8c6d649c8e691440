package org.upward.pairing.engine;

/** How much a mentee wants a skill; the weight counts in the skill-gap part of the score. */
public enum Priority {
    HIGH(3),
    MEDIUM(2),
    LOW(1);

    private final int weight;

    Priority(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
