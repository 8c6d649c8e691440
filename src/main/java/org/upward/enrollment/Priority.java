package org.upward.enrollment;

/** How much a mentee wants a skill. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
