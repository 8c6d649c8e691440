package org.upward.pairing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.upward.people.People;
import org.upward.people.PersonRef;

/** Read-only facts about pairs for features that work with a pair after pairing (sessions, check-ins). */
public interface PairAccess {

    /** A pair with both partners named, and when it was made. */
    public record PairRef(
            long id, long programId, PersonRef mentor, PersonRef mentee, PairStatus status, Instant createdAt) {

        public boolean isPartner(String email) {
            String normalized = People.normalizeEmail(email);
            return mentor.email().equals(normalized) || mentee.email().equals(normalized);
        }

        public boolean isActive() {
            return status == PairStatus.ACTIVE;
        }

        public boolean isAgreed() {
            return status.isAgreed();
        }

        /** The other partner of {@code email}, who must be one of the two. */
        public PersonRef partnerOf(String email) {
            return mentor.email().equals(People.normalizeEmail(email)) ? mentee : mentor;
        }
    }

    /** The pair, or a 404 when there is none with that id. */
    PairRef get(long pairId);

    /** The program's approved and active pairs, oldest first, in one statement however many there are. */
    List<PairRef> agreedPairs(long programId);

    /** Those of {@code pairIds} that are approved or active pairs of the program, oldest first. */
    List<PairRef> agreedPairs(long programId, Collection<Long> pairIds);
}
