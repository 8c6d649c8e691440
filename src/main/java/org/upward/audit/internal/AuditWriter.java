package org.upward.audit.internal;

import org.springframework.stereotype.Component;

/**
 * What the recorders share: one entry appended to the audit log. The recorders listen synchronously, so each
 * entry is written in the transaction that published the event: it commits with the action or not at all.
 */
@Component
class AuditWriter {

    private final AuditLog log;

    AuditWriter(AuditLog log) {
        this.log = log;
    }

    void append(AuditAction action, Actor actor, AuditSubject subject, Long programId, String summary) {
        log.append(action, actor, subject, programId, summary);
    }

    /** An entry about a program, filed under that program. */
    void appendAboutProgram(AuditAction action, Actor actor, long programId, String summary) {
        log.append(action, actor, AuditSubject.of("PROGRAM", programId), programId, summary);
    }
}
