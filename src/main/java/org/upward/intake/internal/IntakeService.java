package org.upward.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.ProgramParticipants;
import org.upward.intake.IntakeChanged;
import org.upward.intake.IntakeSettings;
import org.upward.intake.OpenProgram;
import org.upward.intake.OpenPrograms;
import org.upward.intake.ProgramIntakes;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/** Opens and changes a program's intake (while it is enrolling) and lists the programs open today. */
@Service
class IntakeService implements OpenPrograms, ProgramIntakes {

    private static final int MAX_OPEN = 50;

    private final IntakeStore store;
    private final ProgramService programs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProgramParticipants participants;

    IntakeService(
            IntakeStore store,
            ProgramService programs,
            ApplicationEventPublisher events,
            Clock clock,
            ProgramParticipants participants) {
        this.participants = participants;
        this.store = store;
        this.programs = programs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IntakeSettings> find(long programId) {
        programs.get(programId);
        return store.find(programId);
    }

    @Transactional
    IntakeSettings save(long programId, IntakeSettings settings) {
        ProgramView program = programs.get(programId);
        if (program.status() != ProgramStatus.ENROLLING) {
            throw new ConflictException(
                    UiText.of("intake.error.notEnrollingTitle"), UiText.of("intake.error.notEnrolling"));
        }
        IntakeRules.check(settings);
        store.save(programId, settings);
        events.publishEvent(new IntakeChanged(programId, program.name()));
        return settings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenProgram> open() {
        return store.openOn(today(), MAX_OPEN).stream()
                .map(programs::get)
                .filter(p -> p.status() == ProgramStatus.ENROLLING)
                .map(p -> {
                    IntakeSettings s = store.find(p.id()).orElseThrow();
                    return new OpenProgram(p.id(), p.name(), p.description(), s.sides(), s.closesOn());
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenProgram> openFor(String email) {
        List<Long> mine = participants.programsOf(email);
        return open().stream().filter(p -> !mine.contains(p.id())).toList();
    }

    @Override
    @Transactional
    public IntakeSettings open(long programId, IntakeSettings settings) {
        return save(programId, settings);
    }

    /** The intake of a program that takes applications today, or a 409 saying it does not. */
    IntakeSettings requireOpen(long programId) {
        ProgramView program = programs.get(programId);
        Optional<IntakeSettings> intake = store.find(programId);
        LocalDate today = today();
        if (program.status() != ProgramStatus.ENROLLING
                || intake.isEmpty()
                || today.isBefore(intake.get().opensOn())
                || today.isAfter(intake.get().closesOn())) {
            throw new ConflictException(UiText.of("intake.error.closedTitle"), UiText.of("intake.error.closed"));
        }
        return intake.get();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
