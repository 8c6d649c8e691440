package org.upward.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.enrollment.EnrollmentsImported;

/** Records the enrollment module's events: an enrollments CSV imported. */
@Component
class EnrollmentAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;

    EnrollmentAuditRecorder(AuditWriter audit, Actors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @EventListener
    void on(EnrollmentsImported event) {
        audit.appendAboutProgram(
                AuditAction.ENROLLMENTS_IMPORTED,
                actors.current(),
                event.programId(),
                "Imported enrollments.csv: " + event.created() + " created, " + event.updated() + " updated");
    }
}
