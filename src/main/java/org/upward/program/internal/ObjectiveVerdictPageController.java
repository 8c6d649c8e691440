package org.upward.program.internal;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;

/** The results page's form for the admin's verdict on an objective judged by hand (a qualitative measure). */
@Controller
class ObjectiveVerdictPageController {

    private final ProgramCatalog programs;

    ObjectiveVerdictPageController(ProgramCatalog programs) {
        this.programs = programs;
    }

    @PostMapping("/admin/programs/{id}/objectives/{index}/verdict")
    String verdict(
            @PathVariable long id,
            @PathVariable int index,
            @Valid @ModelAttribute VerdictRequest request,
            BindingResult binding,
            RedirectAttributes flash) {
        String results = "redirect:/impact/programs/" + id + "#results";
        if (binding.hasErrors()) {
            binding.getFieldErrors().forEach(error -> Flash.problemText(error.getDefaultMessage())
                    .after(flash));
            return results;
        }
        try {
            programs.judge(id, index, request);
            Flash.success("program.verdict.recorded", index + 1).after(flash);
        } catch (ConflictException refused) {
            Flash.problem("program.verdict.refused", refused.getMessage()).after(flash);
        }
        return results;
    }
}
