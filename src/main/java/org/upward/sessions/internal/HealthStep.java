package org.upward.sessions.internal;

/**
 * The steps of a quiet run, each sent once per pair and run: a nudge to both partners, an alert to the admins, a
 * warning to all of them, and the close.
 */
enum HealthStep {
    NUDGE,
    ALERT,
    WARNING,
    CLOSE
}
