package org.upward.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.guide.TopicChanged;

/** Records the conversation guides' admin changes: a topic added, edited, retired or restored. */
@Component
class GuideAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;

    GuideAuditRecorder(AuditWriter audit, Actors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @EventListener
    void on(TopicChanged event) {
        AuditAction action =
                switch (event.change()) {
                    case ADDED -> AuditAction.TOPIC_ADDED;
                    case EDITED -> AuditAction.TOPIC_EDITED;
                    case RETIRED -> AuditAction.TOPIC_RETIRED;
                    case RESTORED -> AuditAction.TOPIC_RESTORED;
                };
        String verb =
                switch (event.change()) {
                    case ADDED -> "Added the conversation topic ";
                    case EDITED -> "Edited the conversation topic ";
                    case RETIRED -> "Retired the conversation topic ";
                    case RESTORED -> "Restored the conversation topic ";
                };
        audit.append(
                action,
                actors.current(),
                AuditSubject.of("TOPIC", event.topicId()),
                event.programId(),
                verb + "\"" + event.title() + "\" of " + event.programName());
    }
}
