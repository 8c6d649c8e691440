package org.upward.messaging.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.messaging.MessageKind;
import org.upward.messaging.MessageTemplateChanged;
import org.upward.messaging.MessageTemplates;
import org.upward.messaging.WrittenMessage;
import org.upward.program.ProgramCopied;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;

/**
 * Each program's message templates: the default wording until an admin edits a kind for the program, which then
 * is what its people get. A text is checked when saved (only the kind's placeholders, no stray brace), so writing
 * a message never fails.
 */
@Service
class MessageTemplateService implements MessageTemplates {

    private final MessageTemplateRepository templates;
    private final DefaultMessages defaults;
    private final ProgramService programs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    MessageTemplateService(
            MessageTemplateRepository templates,
            DefaultMessages defaults,
            ProgramService programs,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${upward.base-url}") String baseUrl) {
        this.templates = templates;
        this.defaults = defaults;
        this.programs = programs;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    @Transactional(readOnly = true)
    public WrittenMessage write(long programId, MessageKind kind, Map<String, String> values) {
        Optional<MessageTemplate> own = templates.findByProgramIdAndKind(programId, kind);
        String subject = own.map(MessageTemplate::getSubject).orElseGet(() -> defaults.subject(kind));
        String body = own.map(MessageTemplate::getBody).orElseGet(() -> defaults.body(kind));
        return fill(subject, body, values);
    }

    /** The texts with {@code values} in place; {@code link} is an app path, written out in full. */
    WrittenMessage fill(String subject, String body, Map<String, String> values) {
        Map<String, String> filled = new HashMap<>(values);
        String link = values.get("link");
        if (link != null && link.startsWith("/")) {
            filled.put("link", baseUrl + link);
        }
        // a subject is one line, whatever a value holds
        String line = Placeholders.fill(subject, filled).replaceAll("[\\r\\n]+", " ");
        return new WrittenMessage(line, Placeholders.fill(body, filled));
    }

    @Transactional(readOnly = true)
    public List<MessageTemplateView> list(long programId) {
        programs.get(programId);
        Map<MessageKind, MessageTemplate> own = new HashMap<>();
        templates.findByProgramId(programId).forEach(template -> own.put(template.getKind(), template));
        return Arrays.stream(MessageKind.values())
                .map(kind -> view(kind, own.get(kind)))
                .toList();
    }

    @Transactional(readOnly = true)
    public MessageTemplateView get(long programId, MessageKind kind) {
        programs.get(programId);
        return view(kind, templates.findByProgramIdAndKind(programId, kind).orElse(null));
    }

    private MessageTemplateView view(MessageKind kind, MessageTemplate own) {
        return new MessageTemplateView(
                kind,
                defaults.label(kind),
                defaults.when(kind),
                kind.placeholders().stream().map(name -> "{" + name + "}").toList(),
                own == null ? defaults.subject(kind) : own.getSubject(),
                own == null ? defaults.body(kind) : own.getBody(),
                own != null,
                own == null ? null : own.getUpdatedAt());
    }

    /** The admin's own wording for the kind; an unknown placeholder or a stray brace is a 422 naming it. */
    @Transactional
    public MessageTemplateView edit(long programId, MessageKind kind, MessageTemplateRequest request) {
        ProgramView program = programs.get(programId);
        MessageTextRules.check(kind, request.subject(), request.body());
        MessageTemplate template =
                templates.findByProgramIdAndKind(programId, kind).orElseGet(() -> new MessageTemplate(programId, kind));
        template.write(request.subject().strip(), request.body().strip(), clock.instant());
        templates.save(template);
        events.publishEvent(new MessageTemplateChanged(programId, program.name(), kind, false));
        return view(kind, template);
    }

    /** Back to the default wording. */
    @Transactional
    public MessageTemplateView reset(long programId, MessageKind kind) {
        ProgramView program = programs.get(programId);
        templates.findByProgramIdAndKind(programId, kind).ifPresent(own -> {
            templates.delete(own);
            events.publishEvent(new MessageTemplateChanged(programId, program.name(), kind, true));
        });
        return view(kind, null);
    }

    /** The next cohort starts with the original's own wording (not audited as an edit). */
    @EventListener
    void on(ProgramCopied copied) {
        for (MessageTemplate original : templates.findByProgramId(copied.fromProgramId())) {
            MessageTemplate copy = new MessageTemplate(copied.toProgramId(), original.getKind());
            copy.write(original.getSubject(), original.getBody(), clock.instant());
            templates.save(copy);
        }
    }
}
