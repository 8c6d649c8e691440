package org.upward.assessment;

/** Where an assessment window stands today. */
public enum WindowState {
    UPCOMING,
    OPEN,
    CLOSED
}
