package org.upward.program.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.program.InvalidProgramException;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.UiText;

/**
 * The two ways through a template: "Save as template" from a program (a page saying what is kept, as the
 * confirmation) and "New program from template" (its name and dates; it opens as a new draft).
 */
@Controller
class ProgramTemplateUsePageController {

    private final ProgramCatalog programs;
    private final ProgramTemplateService templates;
    private final ProgramCopies copies;

    ProgramTemplateUsePageController(ProgramCatalog programs, ProgramTemplateService templates, ProgramCopies copies) {
        this.programs = programs;
        this.templates = templates;
        this.copies = copies;
    }

    @GetMapping("/admin/programs/{id}/template")
    String saveForm(@PathVariable long id, Model model) {
        ProgramView program = programs.get(id);
        return saveForm(
                model, program, ProgramTemplateForm.named(UiText.of("program.template.defaultName", program.name())));
    }

    @PostMapping("/admin/programs/{id}/templates")
    String save(
            @PathVariable long id,
            @ModelAttribute("template") ProgramTemplateForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        ProgramView program = programs.get(id);
        try {
            ProgramTemplateView saved = templates.saveAsTemplate(id, form.toRequest());
            Flash.success("program.template.saved", saved.name()).after(flash);
            return "redirect:/admin/program-templates";
        } catch (InvalidProgramException invalid) {
            invalid.problems().forEach(problem -> binding.rejectValue(problem.field(), "invalid", problem.message()));
        } catch (ConflictException taken) {
            binding.rejectValue("name", "taken", taken.getMessage());
        }
        return saveForm(model, program, form);
    }

    @GetMapping("/admin/program-templates/{id}/program")
    String programForm(@PathVariable long id, Model model) {
        return programForm(model, templates.get(id), new ProgramCopyForm());
    }

    @PostMapping("/admin/program-templates/{id}/programs")
    String program(
            @PathVariable long id,
            @ModelAttribute("copy") ProgramCopyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        ProgramTemplateView template = templates.get(id);
        try {
            if (binding.hasErrors()) {
                copies.check(form.toRequest());
                return programForm(model, template, form);
            }
            ProgramView created = templates.programFrom(id, form.toRequest());
            Flash.success("program.template.programCreated", template.name()).after(flash);
            return "redirect:/admin/programs/" + created.id();
        } catch (InvalidProgramException invalid) {
            invalid.problems().forEach(problem -> {
                if (!binding.hasFieldErrors(problem.field())) {
                    binding.rejectValue(problem.field(), "invalid", problem.message());
                }
            });
            return programForm(model, template, form);
        }
    }

    private static String saveForm(Model model, ProgramView program, ProgramTemplateForm form) {
        model.addAttribute("program", program);
        model.addAttribute("template", form);
        return "program/template-save";
    }

    private static String programForm(Model model, ProgramTemplateView template, ProgramCopyForm form) {
        model.addAttribute("template", template);
        model.addAttribute("copy", form);
        return "program/template-program";
    }
}
