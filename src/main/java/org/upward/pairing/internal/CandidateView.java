package org.upward.pairing.internal;

import java.util.Map;

/** One mentor as a candidate for a mentee: best first; an ineligible one says why. */
record CandidateView(
        String mentorEmail,
        String mentorName,
        boolean eligible,
        double score,
        Map<String, Double> breakdown,
        String explanation,
        String reason) {}
