package org.upward.pairing.internal;

/** A mentee who sits out a run and a place it uses up in the mentor's capacity. */
record Taken(long mentorId, long menteeId) {

    static Taken of(MentoringPair pair) {
        return new Taken(pair.getMentorId(), pair.getMenteeId());
    }

    static Taken of(PairRequest request) {
        return new Taken(request.getMentorId(), request.getMenteeId());
    }
}
