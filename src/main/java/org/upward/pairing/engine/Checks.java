package org.upward.pairing.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Argument checks shared by the input records. */
final class Checks {

    private Checks() {}

    static void level(int level, String name) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException(name + " must be between 1 and 5, was " + level);
        }
    }

    static void levels(Map<Long, Integer> levels, String name) {
        levels.forEach((skill, level) -> level(level, name + "[" + skill + "]"));
    }

    static void fraction(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }

    /** Interest tags trimmed and lower-cased, blanks dropped, so that "Cycling " and "cycling" are one interest. */
    static Set<String> tags(Set<String> tags) {
        return tags.stream()
                .map(tag -> tag.trim().toLowerCase(Locale.ROOT))
                .filter(tag -> !tag.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
