package org.upward.pairing.engine;

/** The weights of the three score parts, each 0–1 and not all zero; the score divides by their sum. */
public record Weights(double skillGap, double sharedInterest, double workStyle) {

    public static final Weights DEFAULTS = new Weights(0.6, 0.25, 0.15);

    public Weights {
        Checks.fraction(skillGap, "skillGap weight");
        Checks.fraction(sharedInterest, "sharedInterest weight");
        Checks.fraction(workStyle, "workStyle weight");
        if (skillGap + sharedInterest + workStyle == 0) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
    }

    double sum() {
        return skillGap + sharedInterest + workStyle;
    }
}
