package org.upward.audit.internal;

import java.time.Instant;

/**
 * One recorded action. The actor's name and email are as they were at the time; actorPersonId is null for the
 * system; programName is the program's current name.
 */
record AuditEntry(
        long id,
        Instant occurredAt,
        Long actorPersonId,
        String actorName,
        String actorEmail,
        String action,
        String subjectType,
        Long subjectId,
        Long programId,
        String programName,
        String summary) {}
