package org.upward.audit.internal;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.program.ObjectiveJudged;
import org.upward.program.ProgramChanged;
import org.upward.program.ProgramCopied;
import org.upward.program.ProgramCreated;
import org.upward.program.ProgramMoved;

/** Records the program module's events: a program created, copied, edited, moved to another status, or judged. */
@Component
class ProgramAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;

    ProgramAuditRecorder(AuditWriter audit, Actors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @EventListener
    void on(ProgramCreated event) {
        audit.appendAboutProgram(
                AuditAction.PROGRAM_CREATED,
                actors.current(),
                event.programId(),
                "Created program '" + event.name() + "'");
    }

    @EventListener
    void on(ProgramCopied event) {
        audit.appendAboutProgram(
                AuditAction.PROGRAM_COPIED,
                actors.current(),
                event.toProgramId(),
                "Copied program '" + event.fromName() + "' as '" + event.toName() + "'");
    }

    @EventListener
    void on(ProgramChanged event) {
        audit.appendAboutProgram(
                AuditAction.PROGRAM_CHANGED,
                actors.current(),
                event.programId(),
                "Edited program '" + event.name() + "'");
    }

    @EventListener
    void on(ProgramMoved event) {
        audit.appendAboutProgram(
                AuditAction.PROGRAM_MOVED,
                actors.current(),
                event.programId(),
                "Moved program '" + event.name() + "' from " + event.from() + " to " + event.to());
    }

    @EventListener
    void on(ObjectiveJudged event) {
        audit.appendAboutProgram(
                AuditAction.OBJECTIVE_JUDGED,
                actors.current(),
                event.programId(),
                "Judged objective " + (event.index() + 1) + " of program '" + event.name() + "': "
                        + event.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
