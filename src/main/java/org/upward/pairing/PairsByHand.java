package org.upward.pairing;

/** Pairing two people by hand, as an admin does on the review page, for other modules (the demo data). */
public interface PairsByHand {

    /** Proposes the pair of these two enrolled people; every constraint it breaks comes back as a warning. */
    PairView pairByHand(long programId, String mentorEmail, String menteeEmail);
}
