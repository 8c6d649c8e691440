package org.upward.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.agreement.AgreementTemplateChanged;

/** Records the agreement module's admin changes: a program's agreement template edited or reset. */
@Component
class AgreementAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;

    AgreementAuditRecorder(AuditWriter audit, Actors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @EventListener
    void on(AgreementTemplateChanged event) {
        audit.append(
                AuditAction.AGREEMENT_TEMPLATE_CHANGED,
                actors.current(),
                AuditSubject.of("PROGRAM", event.programId()),
                event.programId(),
                (event.reset()
                                ? "Reset the agreement template to the default for "
                                : "Edited the agreement template of ")
                        + event.programName());
    }
}
