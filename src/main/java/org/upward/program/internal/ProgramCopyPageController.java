package org.upward.program.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.program.InvalidProgramException;
import org.upward.program.ProgramView;
import org.upward.shared.Flash;

/** "Start the next cohort": the admin names the copy and gives its dates; it opens as a new draft. */
@Controller
@RequestMapping("/admin/programs/{id}")
class ProgramCopyPageController {

    private final ProgramCatalog programs;
    private final ProgramCopies copies;

    ProgramCopyPageController(ProgramCatalog programs, ProgramCopies copies) {
        this.programs = programs;
        this.copies = copies;
    }

    @GetMapping("/copy")
    String form(@PathVariable long id, Model model) {
        ProgramView program = programs.get(id);
        return form(model, program, ProgramCopyForm.nextCohortOf(program));
    }

    @PostMapping("/copies")
    String copy(
            @PathVariable long id,
            @ModelAttribute("copy") ProgramCopyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        ProgramView program = programs.get(id);
        try {
            if (binding.hasErrors()) {
                copies.check(form.toRequest());
                return form(model, program, form);
            }
            ProgramView copy = copies.copy(id, form.toRequest());
            Flash.success("program.copy.done", program.name()).after(flash);
            return "redirect:/admin/programs/" + copy.id();
        } catch (InvalidProgramException invalid) {
            invalid.problems().forEach(problem -> {
                if (!binding.hasFieldErrors(problem.field())) {
                    binding.rejectValue(problem.field(), "invalid", problem.message());
                }
            });
            return form(model, program, form);
        }
    }

    private static String form(Model model, ProgramView program, ProgramCopyForm form) {
        model.addAttribute("program", program);
        model.addAttribute("copy", form);
        return "program/copy";
    }
}
