package org.upward.shared;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …": the known text closest to a typed one by edit distance (case-insensitive), if it is close
 * enough to be a slip of the keyboard rather than a different word.
 */
public final class NearestText {

    private NearestText() {}

    /** The closest known text, if within a couple of edits (a few more for long texts); never the text itself. */
    public static Optional<String> to(String typed, Collection<String> known) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String wanted = typed.trim().toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, wanted.length() / 6);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String other = candidate.toLowerCase(Locale.ROOT);
            if (other.equals(wanted) || Math.abs(other.length() - wanted.length()) > allowed) {
                continue;
            }
            int distance = distance(wanted, other);
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
