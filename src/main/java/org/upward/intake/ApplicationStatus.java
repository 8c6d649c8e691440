package org.upward.intake;

/** Where an application stands: waiting for a decision (holding a place), waiting for a place, or decided. */
public enum ApplicationStatus {
    PENDING,
    WAITLISTED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN;

    /** Whether the application counts against its side's places. */
    public boolean holdsPlace() {
        return this == PENDING || this == ACCEPTED;
    }
}
