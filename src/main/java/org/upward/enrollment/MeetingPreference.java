package org.upward.enrollment;

/** How a participant prefers to meet. */
public enum MeetingPreference {
    IN_PERSON,
    VIDEO,
    EITHER
}
