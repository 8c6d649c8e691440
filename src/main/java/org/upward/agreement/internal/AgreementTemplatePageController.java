package org.upward.agreement.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.program.ProgramService;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;

/** The admin edits a program's agreement template, or goes back to the default that ships. */
@Controller
class AgreementTemplatePageController {

    private final AgreementTemplates templates;
    private final ProgramService programs;

    AgreementTemplatePageController(AgreementTemplates templates, ProgramService programs) {
        this.templates = templates;
        this.programs = programs;
    }

    @GetMapping("/admin/programs/{programId}/agreement-template")
    String show(@PathVariable long programId, Model model) {
        return render(programId, templates.textFor(programId), null, model);
    }

    @PostMapping("/admin/programs/{programId}/agreement-template")
    String save(
            @PathVariable long programId,
            @RequestParam(defaultValue = "") String text,
            Model model,
            RedirectAttributes flash) {
        try {
            templates.edit(programId, text);
        } catch (InvalidFieldException invalid) {
            return render(programId, text, invalid.getMessage(), model);
        }
        Flash.success("agreement.template.saved").after(flash);
        return redirect(programId);
    }

    @PostMapping("/admin/programs/{programId}/agreement-template/reset")
    String reset(@PathVariable long programId, RedirectAttributes flash) {
        templates.reset(programId);
        Flash.success("agreement.template.resetDone").after(flash);
        return redirect(programId);
    }

    private String render(long programId, String text, String error, Model model) {
        model.addAttribute("program", programs.get(programId));
        model.addAttribute("text", text);
        model.addAttribute("error", error);
        model.addAttribute("custom", templates.isCustom(programId));
        return "agreement/template";
    }

    private static String redirect(long programId) {
        return "redirect:/admin/programs/" + programId + "/agreement-template";
    }
}
