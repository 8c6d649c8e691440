package org.upward.pairing.internal;

import java.util.List;
import java.util.Map;

/** A pairing run as API.md gives it; {@code changedPairs} says how many pairs differ from the current proposal. */
record RunView(
        Long id,
        boolean preview,
        double totalScore,
        List<RunPair> pairs,
        List<RunUnmatched> unmatched,
        long durationMillis,
        int changedPairs) {

    public record RunPair(
            String mentorEmail,
            String mentorName,
            String menteeEmail,
            String menteeName,
            double score,
            Map<String, Double> breakdown,
            String explanation) {}

    public record RunUnmatched(String email, String name, String side, String reason) {}
}
