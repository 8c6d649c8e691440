package org.upward.program.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.program.InvalidProgramException;
import org.upward.program.ObjectiveJudged;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ProgramChanged;
import org.upward.program.ProgramCreated;
import org.upward.program.ProgramMoved;
import org.upward.program.ProgramRequest;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.ReadOncePerRequest;
import org.upward.shared.UiText;

/** Programs' public face: create, change, read and move them through their lifecycle. */
@Service
class ProgramCatalog implements ProgramService {

    private final ProgramRepository programs;
    private final ProgramViews views;
    private final ProgramViewCache cache;
    private final ProgramValidator validator;
    private final ProgramLifecycle lifecycle;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProgramCatalog(
            ProgramRepository programs,
            ProgramViews views,
            ProgramViewCache cache,
            ProgramValidator validator,
            ProgramLifecycle lifecycle,
            Clock clock,
            ApplicationEventPublisher events) {
        this.programs = programs;
        this.views = views;
        this.cache = cache;
        this.validator = validator;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<ProgramView> list(Pageable pageable) {
        return views.of(programs.findByTemplateFalseOrderByStartDateDescIdDesc(pageable));
    }

    /** Programs that have run (running, completed or archived), newest first: those with results to show. */
    @Transactional(readOnly = true)
    public Page<ProgramView> withResults(Pageable pageable) {
        return views.of(programs.findByTemplateFalseAndStatusInOrderByStartDateDescIdDesc(
                Arrays.stream(ProgramStatus.values())
                        .filter(ProgramStatus::hasResults)
                        .toList(),
                pageable));
    }

    /** Every program in {@code status}, oldest first: e.g. the RUNNING ones for the reminder job. */
    @Transactional(readOnly = true)
    public List<ProgramView> inStatus(ProgramStatus status) {
        return views.of(programs.findByTemplateFalseAndStatusOrderByIdAsc(status));
    }

    @Transactional(readOnly = true)
    public ProgramView get(long id) {
        return ReadOncePerRequest.get("program:" + id, () -> cache.get(id, () -> view(find(id))));
    }

    /** Checks a request as {@link #create} would, without saving: for forms that already have binding errors. */
    @Transactional(readOnly = true)
    public void validate(Long id, ProgramRequest request) {
        validator.validate(request, id == null ? null : find(id));
    }

    /** Creates a DRAFT program, or throws {@link InvalidProgramException} listing every invalid field. */
    @Transactional
    public ProgramView create(ProgramRequest request) {
        ValidProgram valid = validator.validate(request, null);
        Program program = new Program(clock.instant());
        program.change(valid, clock.instant());
        Program saved = programs.saveAndFlush(program);
        events.publishEvent(new ProgramCreated(saved.getId(), saved.getName(), saved.getSponsorId()));
        return view(saved);
    }

    /** Replaces the whole program; the request's version must be the one last read. */
    @Transactional
    public ProgramView update(long id, ProgramRequest request) {
        Program program = find(id);
        if (request.version() == null) {
            throw new InvalidProgramException(
                    List.of(new FieldProblem("version", UiText.of("program.error.sendTheVersionYouLastRead"))));
        }
        if (request.version() != program.getVersion()) {
            throw new ConflictException(
                    UiText.of("program.conflict.changedMeanwhile"), UiText.of("program.error.changedMeanwhile"));
        }
        ProgramLifecycle.checkEditable(program);
        Long previousSponsor = program.getSponsorId();
        program.change(validator.validate(request, program), clock.instant());
        Program saved = programs.saveAndFlush(program);
        events.publishEvent(new ProgramChanged(saved.getId(), saved.getName(), saved.getSponsorId(), previousSponsor));
        return view(saved);
    }

    /** Moves the program to {@code next}, or throws a {@link ConflictException} whose detail says why not. */
    @Transactional
    public ProgramView transition(long id, ProgramStatus next) {
        Program program = find(id);
        ProgramStatus from = program.getStatus();
        lifecycle.move(program, next, clock.instant());
        Program saved = programs.saveAndFlush(program);
        events.publishEvent(new ProgramMoved(saved.getId(), saved.getName(), from, saved.getStatus()));
        return view(saved);
    }

    /**
     * Records the admin's verdict on objective {@code index} (from 0), which must have a qualitative measure,
     * once the program has ended.
     */
    @Transactional
    public ProgramView judge(long id, int index, VerdictRequest verdict) {
        Program program = find(id);
        ProgramLifecycle.checkEditable(program);
        if (index < 0 || index >= program.objectives().size()) {
            throw new ProgramNotFoundException(UiText.of("program.error.verdict.noSuchObjective", index + 1));
        }
        ProgramObjective objective = program.objectives().get(index);
        if (objective.measureKind() != ObjectiveMeasure.Kind.QUALITATIVE) {
            throw new ConflictException(
                    UiText.of("program.conflict.verdict"), UiText.of("program.error.verdict.measuredByData"));
        }
        if (program.getStatus() != ProgramStatus.COMPLETED
                && !program.getEndDate().isBefore(LocalDate.now(clock))) {
            throw new ConflictException(
                    UiText.of("program.conflict.verdict"),
                    UiText.of("program.error.verdict.notEnded", UiText.day(program.getEndDate())));
        }
        objective.judge(verdict.verdict(), verdict.evidence().trim());
        program.touch(clock.instant());
        Program saved = programs.saveAndFlush(program);
        events.publishEvent(new ObjectiveJudged(saved.getId(), saved.getName(), index, verdict.verdict()));
        return view(saved);
    }

    private Program find(long id) {
        return programs.findByIdAndTemplateFalse(id).orElseThrow(() -> new ProgramNotFoundException(id));
    }

    private ProgramView view(Program program) {
        return views.of(List.of(program)).get(0);
    }
}
