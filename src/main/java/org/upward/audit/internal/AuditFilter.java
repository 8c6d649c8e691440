package org.upward.audit.internal;

import java.time.LocalDate;

/**
 * Which entries to show; every part is optional. {@code actor} matches the actor's email exactly or part of
 * their name (case-insensitive); {@code from} and {@code to} are whole days, both included.
 */
record AuditFilter(AuditAction action, String actor, Long programId, LocalDate from, LocalDate to) {

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.trim();
    }
}
