package org.upward.sessions.internal;

import org.springframework.stereotype.Component;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/**
 * The one rule for when a program's pairs may still act: log or edit sessions, check in, give feedback, plan
 * meetings, be part of a lunch & learn. Not once the program is over (completed or archived), so that its final
 * figures stay as the executive read them. Its POST assessment window, survey waves and business outcomes are not
 * pair activity and stay open. The services call this, so pages and the API refuse alike.
 */
@Component
class PairActivityWindow {

    private final ProgramService programs;

    PairActivityWindow(ProgramService programs) {
        this.programs = programs;
    }

    /** Whether the program's pairs may still act. */
    boolean open(long programId) {
        return !programs.get(programId).status().isOver();
    }

    /** A 409 naming the program and why, once it is over. */
    void requireOpen(long programId) {
        ProgramView program = programs.get(programId);
        if (program.status().isOver()) {
            throw new ConflictException(
                    UiText.of("sessions.conflict.programOver"),
                    UiText.of(
                            "sessions.error.programOver",
                            program.name(),
                            program.status() == ProgramStatus.ARCHIVED
                                    ? UiText.of("sessions.programStatus.archived")
                                    : UiText.of("sessions.programStatus.completed")));
        }
    }
}
