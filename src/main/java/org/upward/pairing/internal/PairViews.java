package org.upward.pairing.internal;

import java.util.List;
import java.util.Map;
import org.upward.pairing.PairView;
import org.upward.people.PersonRef;

/** A stored pair as the API and pages show it. */
final class PairViews {

    private PairViews() {}

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
                pair.getVersion(),
                pair.getClosedReason(),
                pair.getClosedOn(),
                null);
    }

    /** The same pair without its flag and note: what a partner who did not raise the flag sees. */
    static PairView withoutFlag(PairView pair) {
        return new PairView(
                pair.id(),
                pair.programId(),
                pair.mentorEmail(),
                pair.mentorName(),
                pair.menteeEmail(),
                pair.menteeName(),
                pair.score(),
                pair.breakdown(),
                pair.explanation(),
                pair.warnings(),
                pair.status(),
                pair.manual(),
                false,
                null,
                pair.dissolvedReason(),
                pair.replacesPairId(),
                pair.version(),
                pair.closedReason(),
                pair.closedOn(),
                pair.health());
    }
}
