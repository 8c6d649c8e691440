package org.upward.sessions;

/** How a pair keeps up with its sessions, by cadence period (see {@code ActivityRules}). */
public enum ActivityStatus {
    ON_TRACK,
    DUE,
    OVERDUE,
    QUIET
}
