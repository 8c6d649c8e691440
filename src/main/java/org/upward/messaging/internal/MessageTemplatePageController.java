package org.upward.messaging.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.enrollment.ProgramParticipants;
import org.upward.messaging.MessageKind;
import org.upward.program.ProgramService;
import org.upward.shared.FieldProblem;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.InvalidFieldsException;

/** The admin reads a program's messages, edits one with its placeholders, previews it for a participant, resets it. */
@Controller
class MessageTemplatePageController {

    /** The participants the preview offers to choose from; any other one by the API's email. */
    static final int MAX_CHOICES = 200;

    private final MessageTemplateService templates;
    private final MessagePreviews previews;
    private final ProgramService programs;
    private final ProgramParticipants participants;

    MessageTemplatePageController(
            MessageTemplateService templates,
            MessagePreviews previews,
            ProgramService programs,
            ProgramParticipants participants) {
        this.templates = templates;
        this.previews = previews;
        this.programs = programs;
        this.participants = participants;
    }

    @GetMapping("/admin/programs/{programId}/messages")
    String list(@PathVariable long programId, Model model) {
        model.addAttribute("program", programs.get(programId));
        model.addAttribute("messages", templates.list(programId));
        return "messaging/list";
    }

    @GetMapping("/admin/programs/{programId}/messages/{kind}")
    String edit(
            @PathVariable long programId,
            @PathVariable String kind,
            @RequestParam(required = false) String email,
            Model model) {
        MessageKind known = MessageKindNotFoundException.parse(kind);
        MessageTemplateForm form = MessageTemplateForm.of(templates.get(programId, known), email);
        return render(programId, known, form, null, model);
    }

    @PostMapping("/admin/programs/{programId}/messages/{kind}")
    String save(
            @PathVariable long programId,
            @PathVariable String kind,
            @ModelAttribute("form") MessageTemplateForm form,
            Model model,
            RedirectAttributes flash) {
        MessageKind known = MessageKindNotFoundException.parse(kind);
        try {
            templates.edit(programId, known, form.request());
        } catch (InvalidFieldsException invalid) {
            return render(programId, known, form, errors(invalid), model);
        }
        Flash.success("messaging.page.saved").after(flash);
        return "redirect:/admin/programs/" + programId + "/messages/" + known.name();
    }

    /** Shows the form's texts, unsaved, as the chosen participant would get them. */
    @PostMapping("/admin/programs/{programId}/messages/{kind}/preview")
    String preview(
            @PathVariable long programId,
            @PathVariable String kind,
            @ModelAttribute("form") MessageTemplateForm form,
            Model model) {
        return render(programId, MessageKindNotFoundException.parse(kind), form, null, model);
    }

    @PostMapping("/admin/programs/{programId}/messages/{kind}/reset")
    String reset(@PathVariable long programId, @PathVariable String kind, RedirectAttributes flash) {
        MessageKind known = MessageKindNotFoundException.parse(kind);
        templates.reset(programId, known);
        Flash.success("messaging.page.resetDone").after(flash);
        return "redirect:/admin/programs/" + programId + "/messages/" + known.name();
    }

    private String render(
            long programId, MessageKind kind, MessageTemplateForm form, Map<String, String> errors, Model model) {
        Map<String, String> problems = errors == null ? new HashMap<>() : errors;
        model.addAttribute("program", programs.get(programId));
        model.addAttribute("message", templates.get(programId, kind));
        model.addAttribute("form", form);
        model.addAttribute(
                "participants",
                participants.active(programId).stream().limit(MAX_CHOICES).toList());
        if (problems.isEmpty()) {
            try {
                model.addAttribute("preview", previews.preview(programId, kind, form.preview()));
            } catch (InvalidFieldsException invalid) {
                problems.putAll(errors(invalid));
            } catch (InvalidFieldException invalid) {
                problems.put(invalid.field(), invalid.getMessage());
            }
        }
        model.addAttribute("errors", problems);
        return "messaging/edit";
    }

    private static Map<String, String> errors(InvalidFieldsException invalid) {
        Map<String, String> errors = new HashMap<>();
        for (FieldProblem problem : invalid.problems()) {
            errors.putIfAbsent(problem.field(), problem.message());
        }
        return errors;
    }
}
