package org.upward.pairing.engine;

import java.util.Objects;

/** A skill a mentee wants: where they stand today (1–5) and how much it matters. */
public record WantedSkill(int currentLevel, Priority priority) {

    public WantedSkill {
        Checks.level(currentLevel, "currentLevel");
        Objects.requireNonNull(priority, "priority");
    }
}
