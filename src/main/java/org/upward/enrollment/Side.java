package org.upward.enrollment;

/** Which side of the pair a participant is on: the junior who teaches or the senior who learns. */
public enum Side {
    MENTOR,
    MENTEE
}
