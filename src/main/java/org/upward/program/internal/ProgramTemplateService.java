package org.upward.program.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.program.InvalidProgramException;
import org.upward.program.ProgramCopyPurpose;
import org.upward.program.ProgramTemplateDeleted;
import org.upward.program.ProgramTemplateRenamed;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/**
 * Program templates: any program saved as one, a new DRAFT made from one, and the admin's list, renaming and
 * deleting. Saving and making go through the same copy as "Start the next cohort" ({@link ProgramCopies}), so every
 * module copies its part of a template as it does for the next cohort.
 */
@Service
class ProgramTemplateService {

    private final ProgramRepository programs;
    private final ProgramCopies copies;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProgramTemplateService(
            ProgramRepository programs,
            ProgramCopies copies,
            Validator validator,
            Clock clock,
            ApplicationEventPublisher events) {
        this.programs = programs;
        this.copies = copies;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<ProgramTemplateView> list(Pageable pageable) {
        return programs.findTemplates(pageable).map(ProgramTemplateService::view);
    }

    @Transactional(readOnly = true)
    public ProgramTemplateView get(long id) {
        return view(find(id));
    }

    /** Saves the program's goals and settings (no people, no sponsor) as a template named as the request says. */
    @Transactional
    public ProgramTemplateView saveAsTemplate(long programId, ProgramTemplateRequest request) {
        Program source =
                programs.findByIdAndTemplateFalse(programId).orElseThrow(() -> new ProgramNotFoundException(programId));
        String name = checkedName(request, 0L);
        Program template = saved(source.templateAs(name, clock.instant()), name);
        copies.published(source, template, ProgramCopyPurpose.SAVED_AS_TEMPLATE);
        return view(template);
    }

    /** A new DRAFT program with everything the template carries, its dated parts moved to the new start. */
    @Transactional
    public ProgramView programFrom(long templateId, ProgramCopyRequest request) {
        return copies.programFrom(find(templateId), request, ProgramCopyPurpose.FROM_TEMPLATE);
    }

    @Transactional
    public ProgramTemplateView rename(long id, ProgramTemplateRequest request) {
        Program template = find(id);
        String name = checkedName(request, id);
        String before = template.getName();
        if (!before.equals(name)) {
            template.rename(name, clock.instant());
            saved(template, name);
            events.publishEvent(new ProgramTemplateRenamed(id, before, name));
        }
        return view(template);
    }

    /** Deletes the template with its parts in every module (their rows cascade with the program row). */
    @Transactional
    public void delete(long id) {
        Program template = find(id);
        programs.delete(template);
        programs.flush();
        events.publishEvent(new ProgramTemplateDeleted(id, template.getName()));
    }

    /** Checks the name without saving: for the page's forms. */
    void check(ProgramTemplateRequest request, long exceptId) {
        checkedName(request, exceptId);
    }

    private String checkedName(ProgramTemplateRequest request, long exceptId) {
        List<FieldProblem> problems = validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidProgramException(problems);
        }
        String name = request.name().trim();
        if (programs.templateNamed(name, exceptId)) {
            throw nameTaken(name);
        }
        return name;
    }

    /** Saves the template; another one given the same name meanwhile (the unique index) is the same 409. */
    private Program saved(Program template, String name) {
        try {
            return programs.saveAndFlush(template);
        } catch (DataIntegrityViolationException taken) {
            throw nameTaken(name);
        }
    }

    private static ConflictException nameTaken(String name) {
        return new ConflictException(
                UiText.of("program.template.conflict.title"), UiText.of("program.template.conflict.name", name));
    }

    private Program find(long id) {
        return programs.findByIdAndTemplateTrue(id)
                .orElseThrow(() -> new ProgramNotFoundException(UiText.of("program.template.error.notFound", id)));
    }

    private static ProgramTemplateView view(Program template) {
        return new ProgramTemplateView(
                template.getId(),
                template.getName(),
                template.getDescription(),
                template.getTemplateKey() != null,
                ChronoUnit.DAYS.between(template.getStartDate(), template.getEndDate()),
                template.objectives().stream().map(ProgramObjective::statement).toList(),
                template.hasObjectiveWithOutcomeMeasure(),
                template.getUpdatedAt());
    }
}
