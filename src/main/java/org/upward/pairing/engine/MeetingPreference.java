package org.upward.pairing.engine;

/** How a participant prefers to meet. */
public enum MeetingPreference {
    IN_PERSON,
    VIDEO,
    EITHER
}
