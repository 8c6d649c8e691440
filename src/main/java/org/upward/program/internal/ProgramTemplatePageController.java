package org.upward.program.internal;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.program.InvalidProgramException;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.Paging;

/** The admin's templates: the list (paged), renaming one, and deleting one after a confirmation page. */
@Controller
@RequestMapping("/admin/program-templates")
class ProgramTemplatePageController {

    private static final int PAGE_SIZE = 25;

    private final ProgramTemplateService templates;

    ProgramTemplatePageController(ProgramTemplateService templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("templates", Paging.shown(page, PAGE_SIZE, templates::list, Page::getTotalElements));
        return "program/templates";
    }

    @PostMapping("/{id}")
    String rename(@PathVariable long id, @ModelAttribute ProgramTemplateForm form, RedirectAttributes flash) {
        try {
            ProgramTemplateView renamed = templates.rename(id, form.toRequest());
            Flash.success("program.template.renamed", renamed.name()).after(flash);
        } catch (InvalidProgramException invalid) {
            invalid.problems()
                    .forEach(problem -> Flash.problemText(problem.message()).after(flash));
        } catch (ConflictException taken) {
            Flash.problemText(taken.getMessage()).after(flash);
        }
        return "redirect:/admin/program-templates";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("template", templates.get(id));
        return "program/template-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String name = templates.get(id).name();
        templates.delete(id);
        Flash.success("program.template.deleted", name).after(flash);
        return "redirect:/admin/program-templates";
    }
}
