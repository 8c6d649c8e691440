package org.upward.pairing;

import java.util.Map;

/** One mentor as a candidate for a mentee: best first; an ineligible one says why. */
public record CandidateView(
        String mentorEmail,
        String mentorName,
        boolean eligible,
        double score,
        Map<String, Double> breakdown,
        String explanation,
        String reason) {}
