package org.upward.assessment;

import java.util.Locale;
import java.util.Optional;

/** When participants rate their skills: before the program and after it. */
public enum AssessmentPhase {
    PRE,
    POST;

    /** The phase a client named, ignoring case and blanks; empty when it names none. */
    public static Optional<AssessmentPhase> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT);
        for (AssessmentPhase phase : values()) {
            if (phase.name().equals(name)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
