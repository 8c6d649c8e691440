package org.upward.intake.internal;

import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.intake.IntakeSettings;
import org.upward.program.ProgramCopied;
import org.upward.program.ProgramService;

/**
 * The next cohort gets its source's intake (questions, eligibility, places, manager approval), its dates moved as
 * far as the program's start moved; the copy is a draft, so nobody can apply before an admin opens its enrollment.
 */
@Component
class IntakeCopies {

    private final IntakeStore store;
    private final ProgramService programs;

    IntakeCopies(IntakeStore store, ProgramService programs) {
        this.store = store;
        this.programs = programs;
    }

    @EventListener
    void on(ProgramCopied copied) {
        store.find(copied.fromProgramId()).ifPresent(intake -> {
            long shift = ChronoUnit.DAYS.between(
                    programs.get(copied.fromProgramId()).startDate(),
                    programs.get(copied.toProgramId()).startDate());
            store.save(
                    copied.toProgramId(),
                    new IntakeSettings(
                            intake.opensOn().plusDays(shift),
                            intake.closesOn().plusDays(shift),
                            intake.sides(),
                            intake.questions(),
                            intake.eligibility(),
                            intake.places(),
                            intake.managerApproval()));
        });
    }
}
