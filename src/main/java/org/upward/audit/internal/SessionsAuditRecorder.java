package org.upward.audit.internal;

import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.sessions.LunchAndLearnLogged;
import org.upward.sessions.PairRetained;

/** Records the sessions module's events: a lunch & learn logged for some pairs, a quiet pair kept. */
@Component
class SessionsAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;

    SessionsAuditRecorder(AuditWriter audit, Actors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @EventListener
    void on(LunchAndLearnLogged event) {
        audit.appendAboutProgram(
                AuditAction.LUNCH_AND_LEARN_LOGGED,
                actors.current(),
                event.programId(),
                "Logged a lunch & learn on " + event.date() + " for "
                        + event.pairIds().size() + " pairs: "
                        + event.pairIds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    @EventListener
    void on(PairRetained event) {
        audit.append(
                AuditAction.PAIR_KEPT,
                actors.current(),
                AuditSubject.of("PAIR", event.pairId()),
                event.programId(),
                "Kept the quiet pair of " + event.mentorName() + " and " + event.menteeName() + " on " + event.day()
                        + ": its quiet run ends and it will not close for inactivity");
    }
}
