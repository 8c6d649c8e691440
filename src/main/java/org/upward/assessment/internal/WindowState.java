package org.upward.assessment.internal;

/** Where an assessment window stands today. */
enum WindowState {
    UPCOMING,
    OPEN,
    CLOSED
}
