package org.upward.pairing.engine;

/** A hard constraint that rules a pair out, or a score below the minimum. */
public enum Ineligibility {
    SAME_PERSON,
    REPORTING_LINE,
    SAME_DEPARTMENT,
    BLOCKED,
    JUST_DISSOLVED,
    BELOW_MIN_SCORE;

    /** "in the same department", for "Not allowed: …" and the unmatched explanations. */
    public String words(Wording wording) {
        return wording.text("pairing.engine.ineligible." + name());
    }
}
