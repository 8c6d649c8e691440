package org.upward.pairing;

import java.util.List;
import java.util.Map;

/** A pair as the API and pages show it. */
public record PairView(
        long id,
        long programId,
        String mentorEmail,
        String mentorName,
        String menteeEmail,
        String menteeName,
        double score,
        Map<String, Double> breakdown,
        String explanation,
        List<String> warnings,
        PairStatus status,
        boolean manual,
        boolean flagged,
        String flagNote,
        String dissolvedReason,
        Long replacesPairId,
        long version) {}
