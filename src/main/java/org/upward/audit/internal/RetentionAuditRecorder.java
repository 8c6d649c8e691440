package org.upward.audit.internal;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.people.PersonalDataKind;
import org.upward.retention.RetentionPolicyChanged;

/** Records the retention module's events: the policy changed, with each changed kind's months before and after. */
@Component
class RetentionAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;

    RetentionAuditRecorder(AuditWriter audit, Actors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @EventListener
    void on(RetentionPolicyChanged event) {
        String changes = Stream.of(PersonalDataKind.values())
                .filter(kind -> !event.monthsAfter()
                        .get(kind)
                        .equals(event.monthsBefore().get(kind)))
                .map(kind -> kind.name().toLowerCase().replace('_', ' ') + " "
                        + event.monthsBefore().get(kind) + " → "
                        + event.monthsAfter().get(kind) + " months")
                .collect(Collectors.joining(", "));
        audit.append(
                AuditAction.RETENTION_POLICY_CHANGED,
                actors.current(),
                AuditSubject.kind("RETENTION_POLICY"),
                null,
                "Changed the retention policy: " + changes);
    }
}
