package org.upward.intake.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upward.intake.IntakeSettings;
import org.upward.program.ProgramCopied;

/**
 * The next cohort (or a template, or a program made from one) gets its source's intake (questions, eligibility, places, manager approval), its dates moved as
 * far as the program's start moved; the copy is a draft, so nobody can apply before an admin opens its enrollment.
 */
@Component
class IntakeCopies {

    private final IntakeStore store;

    IntakeCopies(IntakeStore store) {
        this.store = store;
    }

    @EventListener
    void on(ProgramCopied copied) {
        store.find(copied.fromProgramId()).ifPresent(intake -> {
            long shift = copied.daysMoved();
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
