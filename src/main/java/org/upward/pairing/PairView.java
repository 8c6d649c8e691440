package org.upward.pairing;

import java.util.List;
import java.util.Map;
import org.upward.people.PersonRefs.PersonRef;

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
        long version) {

    static PairView of(MentoringPair pair, Map<Long, PersonRef> people) {
        PersonRef mentor = people.get(pair.getMentorId());
        PersonRef mentee = people.get(pair.getMenteeId());
        return new PairView(
                pair.getId(),
                pair.getProgramId(),
                mentor.email(),
                mentor.name(),
                mentee.email(),
                mentee.name(),
                pair.getScore().doubleValue(),
                pair.getBreakdown(),
                pair.getExplanation(),
                pair.getWarnings() == null
                        ? List.of()
                        : List.of(pair.getWarnings().split("\n")),
                pair.getStatus(),
                pair.isManual(),
                pair.isFlagged(),
                pair.getFlagNote(),
                pair.getDissolvedReason(),
                pair.getReplacesPairId(),
                pair.getVersion());
    }

    /** The same pair without its flag and note: what a partner who did not raise the flag sees. */
    PairView withoutFlag() {
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
                false,
                null,
                dissolvedReason,
                replacesPairId,
                version);
    }
}
