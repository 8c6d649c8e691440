package org.upward.people.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.people.NewSkill;
import org.upward.people.SkillCategory;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;

/** The admin's page for the skill catalog. */
@Controller
@RequestMapping("/admin/skills")
class SkillPageController {

    record MergeForm(@NotNull Long into) {}

    private static final String REDIRECT = "redirect:/admin/skills";

    private final SkillCatalogService catalog;

    SkillPageController(SkillCatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("skills", catalog.all());
        model.addAttribute("categories", SkillCategory.values());
        return "people/skills";
    }

    @PostMapping
    String add(@Valid NewSkill form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return fail(flash, "skills.error.invalid");
        }
        return run(flash, () -> catalog.add(form), "skills.added");
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid SkillChange form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return fail(flash, "skills.error.invalid");
        }
        return run(flash, () -> catalog.change(id, form), "skills.changed");
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable long id, @Valid MergeForm form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return fail(flash, "skills.error.mergeTarget");
        }
        return run(flash, () -> catalog.merge(id, form.into()), "skills.merged");
    }

    private static String run(RedirectAttributes flash, Runnable action, String successKey) {
        try {
            action.run();
            Flash.success(successKey).after(flash);
        } catch (ConflictException conflict) {
            Flash.problemText(conflict.getMessage()).after(flash);
        } catch (ObjectOptimisticLockingFailureException stale) {
            return fail(flash, "skills.error.stale");
        }
        return REDIRECT;
    }

    private static String fail(RedirectAttributes flash, String key) {
        Flash.problem(key).after(flash);
        return REDIRECT;
    }
}
