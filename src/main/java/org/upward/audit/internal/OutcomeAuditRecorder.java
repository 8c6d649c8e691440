package org.upward.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.outcome.OutcomeChanged;

/** Records the outcome module's events: a business outcome recorded or deleted. */
@Component
class OutcomeAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;

    OutcomeAuditRecorder(AuditWriter audit, Actors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @EventListener
    void on(OutcomeChanged event) {
        String what = event.type() + " worth " + event.value() + " on " + event.date()
                + (event.pairId() == null ? "" : " (pair " + event.pairId() + ")") + ": " + event.description();
        audit.append(
                event.deleted() ? AuditAction.OUTCOME_DELETED : AuditAction.OUTCOME_RECORDED,
                actors.current(),
                AuditSubject.of("OUTCOME", event.outcomeId()),
                event.programId(),
                (event.deleted() ? "Deleted business outcome " : "Recorded business outcome ") + what);
    }
}
