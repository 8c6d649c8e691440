package org.upward.audit.internal;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.messaging.LaunchAnnounced;
import org.upward.messaging.MessageTemplateChanged;

/** Records the message templates' admin changes, and each launch announcement sent. */
@Component
class MessagingAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;

    MessagingAuditRecorder(AuditWriter audit, Actors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @EventListener
    void on(MessageTemplateChanged event) {
        audit.append(
                AuditAction.MESSAGE_TEMPLATE_CHANGED,
                actors.current(),
                AuditSubject.of("PROGRAM", event.programId()),
                event.programId(),
                (event.reset() ? "Reset the message \"" : "Edited the message \"")
                        + event.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + "\""
                        + (event.reset() ? " to the default for " : " of ")
                        + event.programName());
    }

    @EventListener
    void on(LaunchAnnounced event) {
        audit.append(
                AuditAction.LAUNCH_ANNOUNCED,
                actors.current(),
                AuditSubject.of("PROGRAM", event.programId()),
                event.programId(),
                "Sent the launch announcement of " + event.programName() + " to " + event.recipients()
                        + (event.recipients() == 1 ? " participant" : " participants"));
    }
}
