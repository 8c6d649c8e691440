package org.upward.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.intake.ApplicationDecided;
import org.upward.intake.IntakeChanged;

/** Records the intake module's admin actions: a program's intake opened or changed, an application decided. */
@Component
class IntakeAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;

    IntakeAuditRecorder(AuditWriter audit, Actors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @EventListener
    void on(IntakeChanged event) {
        audit.append(
                AuditAction.INTAKE_CHANGED,
                actors.current(),
                AuditSubject.of("PROGRAM", event.programId()),
                event.programId(),
                "Opened or changed the applications of " + event.programName());
    }

    @EventListener
    void on(ApplicationDecided event) {
        audit.append(
                AuditAction.APPLICATION_DECIDED,
                actors.current(),
                AuditSubject.of("APPLICATION", event.applicationId()),
                event.programId(),
                "Application of " + event.applicantEmail() + ": "
                        + event.status().name().toLowerCase()
                        + (event.reason() == null ? "" : " (" + event.reason() + ")"));
    }
}
