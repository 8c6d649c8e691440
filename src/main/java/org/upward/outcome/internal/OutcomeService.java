package org.upward.outcome.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.outcome.BusinessOutcomes;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.pairing.PairStatus;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/** Records, lists and removes a program's business outcomes; only admins reach it. */
@Service
class OutcomeService implements BusinessOutcomes {

    private final OutcomeRepository outcomes;
    private final ProgramService programs;
    private final PairAccess pairs;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OutcomeService(
            OutcomeRepository outcomes,
            ProgramService programs,
            PairAccess pairs,
            Clock clock,
            ApplicationEventPublisher events) {
        this.outcomes = outcomes;
        this.programs = programs;
        this.pairs = pairs;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public OutcomeView record(long programId, OutcomeRequest request, String recordedBy) {
        ProgramView program = programs.get(programId);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.date().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", UiText.of("outcome.error.mustNotBeInTheFuture")));
        } else if (program.startDate() != null && request.date().isBefore(program.startDate())) {
            problems.add(new FieldProblem(
                    "date", UiText.of("outcome.error.mustNotBeBeforeTheProgram", program.startDate())));
        }
        if (request.pairId() != null) {
            pairProblem(programId, request.pairId()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        OutcomeView recorded = outcomes.save(new BusinessOutcome(programId, request, recordedBy, Instant.now(clock)))
                .view();
        events.publishEvent(recorded.changed(false));
        return recorded;
    }

    /** Whether any outcome is recorded for the program (one existence check, for to-do lists). */
    @Transactional(readOnly = true)
    public boolean anyRecorded(long programId) {
        return outcomes.existsByProgramId(programId);
    }

    @Transactional(readOnly = true)
    public List<OutcomeView> list(long programId) {
        programs.get(programId);
        return outcomes.findByProgramIdOrderByOccurredOnDescIdDesc(programId).stream()
                .map(BusinessOutcome::view)
                .toList();
    }

    @Transactional
    public void remove(long programId, long outcomeId) {
        BusinessOutcome outcome = outcomes.findByIdAndProgramId(outcomeId, programId)
                .orElseThrow(() -> new OutcomeNotFoundException(outcomeId));
        events.publishEvent(outcome.view().changed(true));
        outcomes.delete(outcome);
    }

    private Optional<FieldProblem> pairProblem(long programId, long pairId) {
        PairRef pair;
        try {
            pair = pairs.get(pairId);
        } catch (NotFoundException unknown) {
            return Optional.of(new FieldProblem("pairId", UiText.of("outcome.error.thereIsNoPair", pairId)));
        }
        if (pair.programId() != programId) {
            return Optional.of(new FieldProblem("pairId", UiText.of("outcome.error.pairIsNotInThisProgram", pairId)));
        }
        if (pair.status() == PairStatus.PROPOSED || pair.status() == PairStatus.REJECTED) {
            return Optional.of(new FieldProblem("pairId", UiText.of("outcome.error.pairWasNeverApprovedSoIt", pairId)));
        }
        return Optional.empty();
    }
}
