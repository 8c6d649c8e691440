package org.upward.pairing.engine;

/** Which side of a pair a participant is on. */
public enum Side {
    MENTOR,
    MENTEE
}
