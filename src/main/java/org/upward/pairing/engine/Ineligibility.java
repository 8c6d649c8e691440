package org.upward.pairing.engine;

/** A hard constraint that rules a pair out, or a score below the minimum. */
public enum Ineligibility {
    SAME_PERSON("the same person"),
    REPORTING_LINE("in the same reporting line"),
    SAME_DEPARTMENT("in the same department"),
    BLOCKED("blocked by an admin"),
    JUST_DISSOLVED("just dissolved"),
    BELOW_MIN_SCORE("below the minimum score");

    private final String words;

    Ineligibility(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
