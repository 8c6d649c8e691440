package org.upward.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.outcome.OutcomeChanged;
import org.upward.outcome.OutcomeView;

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
        OutcomeView outcome = event.outcome();
        String what = outcome.type() + " worth " + outcome.value() + " on " + outcome.date()
                + (outcome.pairId() == null ? "" : " (pair " + outcome.pairId() + ")") + ": " + outcome.description();
        audit.append(
                event.deleted() ? AuditAction.OUTCOME_DELETED : AuditAction.OUTCOME_RECORDED,
                actors.current(),
                AuditSubject.of("OUTCOME", outcome.id()),
                outcome.programId(),
                (event.deleted() ? "Deleted business outcome " : "Recorded business outcome ") + what);
    }
}
