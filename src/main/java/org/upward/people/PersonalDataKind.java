package org.upward.people;

/**
 * The kinds of personal data the retention policy keeps for a limited time. Each is owned by one module, which
 * removes its own expired rows through {@link RetainedPersonalData}.
 */
public enum PersonalDataKind {
    /** Each partner's private reflection on a session (sessions). */
    PRIVATE_REFLECTIONS,
    /** A session's notes and action items and the partners' "what I learned / taught" (sessions). */
    SESSION_TEXTS,
    /** The answers an application sent (intake). */
    APPLICATION_ANSWERS,
    /** The in-app notifications (notification). */
    NOTIFICATIONS,
    /** The audit log's entries (audit). */
    AUDIT_ENTRIES,
    /** People who left: pseudonymised once their period after leaving ends (people). */
    LEAVERS
}
