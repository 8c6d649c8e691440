package org.upward.program;

/** Who chooses the pairs: the admin, the participants, or the admin from participants' wishes. */
public enum MatchingMode {
    ADMIN_LED,
    PARTICIPANT_CHOICE,
    HYBRID
}
