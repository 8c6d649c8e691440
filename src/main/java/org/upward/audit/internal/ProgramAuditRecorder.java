package org.upward.audit.internal;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.program.ObjectiveJudged;
import org.upward.program.ProgramChanged;
import org.upward.program.ProgramCopied;
import org.upward.program.ProgramCreated;
import org.upward.program.ProgramMoved;
import org.upward.program.ProgramTemplateDeleted;
import org.upward.program.ProgramTemplateRenamed;

/** Records the program module's events: a program created, copied, edited, saved as a
 * template or made from one, a template renamed or deleted, moved to another status, or judged. */
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
        String from = "'" + event.fromName() + "'";
        String to = "'" + event.toName() + "'";
        switch (event.purpose()) {
            case SAVED_AS_TEMPLATE ->
                audit.appendAboutProgram(
                        AuditAction.PROGRAM_TEMPLATE_SAVED,
                        actors.current(),
                        event.toProgramId(),
                        "Saved program " + from + " as template " + to);
            case FROM_TEMPLATE ->
                audit.appendAboutProgram(
                        AuditAction.PROGRAM_FROM_TEMPLATE,
                        actors.current(),
                        event.toProgramId(),
                        "Created program " + to + " from template " + from);
            default ->
                audit.appendAboutProgram(
                        AuditAction.PROGRAM_COPIED,
                        actors.current(),
                        event.toProgramId(),
                        "Copied program " + from + " as " + to);
        }
    }

    @EventListener
    void on(ProgramTemplateRenamed event) {
        audit.appendAboutProgram(
                AuditAction.PROGRAM_TEMPLATE_RENAMED,
                actors.current(),
                event.templateId(),
                "Renamed template '" + event.fromName() + "' to '" + event.toName() + "'");
    }

    @EventListener
    void on(ProgramTemplateDeleted event) {
        audit.appendAboutProgram(
                AuditAction.PROGRAM_TEMPLATE_DELETED,
                actors.current(),
                event.templateId(),
                "Deleted template '" + event.name() + "'");
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
