package org.upward.program.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.program.InvalidProgramException;
import org.upward.program.ProgramCopied;
import org.upward.program.ProgramCopyPurpose;
import org.upward.program.ProgramView;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/**
 * Starts the next cohort: copies a program's objectives, measures and settings into a new DRAFT with its own name
 * and dates, and lets the other modules copy their parts of it; nothing about people comes along.
 */
@Service
class ProgramCopies {

    private final ProgramRepository programs;
    private final ProgramViews views;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProgramCopies(
            ProgramRepository programs,
            ProgramViews views,
            Validator validator,
            Clock clock,
            ApplicationEventPublisher events) {
        this.programs = programs;
        this.views = views;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    /** The new DRAFT program, or {@link InvalidProgramException} listing every invalid field. */
    @Transactional
    public ProgramView copy(long id, ProgramCopyRequest request) {
        Program source = programs.findByIdAndTemplateFalse(id).orElseThrow(() -> new ProgramNotFoundException(id));
        return programFrom(source, request, ProgramCopyPurpose.NEXT_COHORT);
    }

    /** A new DRAFT program from {@code source} (a program or a template) under the request's name and dates. */
    ProgramView programFrom(Program source, ProgramCopyRequest request, ProgramCopyPurpose purpose) {
        check(request);
        Program copy = programs.saveAndFlush(
                source.copyAs(request.name().trim(), request.startDate(), request.endDate(), clock.instant()));
        published(source, copy, purpose);
        return views.of(List.of(copy)).get(0);
    }

    /** Lets the other modules copy their parts: in this transaction, their dates moved with the start date. */
    void published(Program source, Program copy, ProgramCopyPurpose purpose) {
        long days = ChronoUnit.DAYS.between(source.getStartDate(), copy.getStartDate());
        events.publishEvent(
                new ProgramCopied(source.getId(), source.getName(), copy.getId(), copy.getName(), days, purpose));
    }

    /** Checks the request without copying: for the page's form. */
    void check(ProgramCopyRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        if (request.startDate() != null
                && request.endDate() != null
                && !request.endDate().isAfter(request.startDate())) {
            problems.add(new FieldProblem("endDate", UiText.of("program.error.theEndDateMustBeAfter")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProgramException(problems);
        }
    }
}
