package org.upward.pairing.internal;

/** Pair by hand: the two people the admin picked from the program's participants. */
record ManualPairForm(String mentorEmail, String menteeEmail) {

    boolean complete() {
        return mentorEmail != null && !mentorEmail.isBlank() && menteeEmail != null && !menteeEmail.isBlank();
    }
}
