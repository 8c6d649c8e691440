package org.upward.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A pair as the API and pages show it. {@code closedReason} and {@code closedOn}: set once the pair is CLOSED;
 * {@code health}: how an ACTIVE pair keeps up (see {@link PairHealth}), null for any other pair or when not known.
 */
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
        long version,
        PairClosed.Reason closedReason,
        LocalDate closedOn,
        PairHealth health) {

    /** The same pair with its health. */
    public PairView withHealth(PairHealth health) {
        return new PairView(
                id,
                programId,
                mentorEmail,
                mentorName,
                menteeEmail,
                menteeName,
                score,
                breakdown,
                explanation,
                warnings,
                status,
                manual,
                flagged,
                flagNote,
                dissolvedReason,
                replacesPairId,
                version,
                closedReason,
                closedOn,
                health);
    }
}
