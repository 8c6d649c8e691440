package org.upward.pairing.engine;

/**
 * One mentor as a candidate for one mentee. Eligible candidates have no {@code ineligibility}; a candidate below the
 * minimum score still has its score; one ruled out by a hard constraint has score 0 and an empty breakdown.
 */
public record Candidate(
        long mentorId,
        boolean eligible,
        double score,
        Breakdown breakdown,
        String explanation,
        Ineligibility ineligibility,
        String reason) {}
