package org.upward.agreement.internal;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.agreement.AgreementTemplateChanged;
import org.upward.program.ProgramCopied;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/**
 * Each program's agreement template, which prefills a pair's agreement: the reverse-mentoring default that
 * ships (what each side brings, confidentiality, feedback upward, meeting rhythm, how to end) until an admin
 * edits it for the program.
 */
@Service
class AgreementTemplates {

    private final AgreementTemplateRepository templates;
    private final ProgramService programs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementTemplates(
            AgreementTemplateRepository templates,
            ProgramService programs,
            ApplicationEventPublisher events,
            Clock clock) {
        this.templates = templates;
        this.programs = programs;
        this.events = events;
        this.clock = clock;
    }

    /** The template that ships with Upward. */
    static String defaultText() {
        return UiText.of("agreement.template.default");
    }

    @Transactional(readOnly = true)
    public String textFor(long programId) {
        return templates.findById(programId).map(AgreementTemplate::getText).orElseGet(AgreementTemplates::defaultText);
    }

    @Transactional(readOnly = true)
    public boolean isCustom(long programId) {
        return templates.existsById(programId);
    }

    /** The meeting rhythm a new agreement suggests: the program's check-in cadence. */
    String defaultRhythm(ProgramView program) {
        int weeks = program.checkInCadenceWeeks();
        return weeks <= 1 ? UiText.of("agreement.rhythm.weekly") : UiText.of("agreement.rhythm.everyWeeks", weeks);
    }

    /** The admin edits the program's template (a blank text is refused); the audit log records it. */
    @Transactional
    public void edit(long programId, String text) {
        ProgramView program = programs.get(programId);
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException("text", UiText.of("agreement.error.textRequired"));
        }
        if (text.length() > AgreementRules.MAX_TEXT) {
            throw new InvalidFieldException("text", UiText.of("agreement.error.textTooLong", AgreementRules.MAX_TEXT));
        }
        AgreementTemplate template = templates.findById(programId).orElseGet(() -> new AgreementTemplate(programId));
        template.write(text.strip(), clock.instant());
        templates.save(template);
        events.publishEvent(new AgreementTemplateChanged(programId, program.name(), false));
    }

    /** The next cohort starts from the original's own template, if it has one (not audited as an edit). */
    @EventListener
    void on(ProgramCopied copied) {
        templates.findById(copied.fromProgramId()).ifPresent(original -> {
            AgreementTemplate copy = new AgreementTemplate(copied.toProgramId());
            copy.write(original.getText(), clock.instant());
            templates.save(copy);
        });
    }

    /** Back to the default that ships. */
    @Transactional
    public void reset(long programId) {
        ProgramView program = programs.get(programId);
        if (templates.existsById(programId)) {
            templates.deleteById(programId);
            events.publishEvent(new AgreementTemplateChanged(programId, program.name(), true));
        }
    }
}
