package org.upward.program.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.program.InvalidProgramException;
import org.upward.program.MatchingMode;
import org.upward.program.MatchingObjective;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.Paging;
import org.upward.shared.UiText;

/** The admin's program pages: list, create, edit, and move through the lifecycle. */
@Controller
@RequestMapping("/admin/programs")
class ProgramPageController {

    private static final int PAGE_SIZE = 50;

    /** How many templates the new program's page offers to start from (the one that ships first). */
    private static final int TEMPLATES_OFFERED = 5;

    private final ProgramCatalog programs;
    private final ProgramFormOptions options;
    private final ProgramTemplateService templates;

    ProgramPageController(ProgramCatalog programs, ProgramFormOptions options, ProgramTemplateService templates) {
        this.programs = programs;
        this.options = options;
        this.templates = templates;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("programs", Paging.shown(page, PAGE_SIZE, programs::list, Page::getTotalElements));
        return "program/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, ProgramForm.empty(), null);
    }

    @PostMapping
    String create(
            @ModelAttribute("program") ProgramForm form, BindingResult binding, Model model, RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return formWithAllErrors(model, form, binding, null);
        }
        try {
            ProgramView created = programs.create(form.toRequest());
            Flash.success("program.created").after(flash);
            return "redirect:/admin/programs/" + created.id();
        } catch (InvalidProgramException invalid) {
            reject(form, binding, invalid);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("program", programs.get(id));
        return "program/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, ProgramForm.of(programs.get(id)), id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("program") ProgramForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return formWithAllErrors(model, form, binding, id);
        }
        try {
            programs.update(id, form.toRequest());
            Flash.success("program.saved").after(flash);
            return "redirect:/admin/programs/" + id;
        } catch (InvalidProgramException invalid) {
            reject(form, binding, invalid);
        } catch (ConflictException conflict) {
            binding.reject("conflict", conflict.getMessage());
        } catch (ObjectOptimisticLockingFailureException stale) {
            binding.reject("conflict", UiText.of("program.error.changedMeanwhile"));
        }
        return form(model, form, id);
    }

    @PostMapping("/{id}/transitions")
    String transition(@PathVariable long id, @RequestParam ProgramStatus to, Model model, RedirectAttributes flash) {
        try {
            programs.transition(id, to);
            Flash.success("program.moved").after(flash);
            return "redirect:/admin/programs/" + id;
        } catch (ConflictException refused) {
            Flash.problem("program.show.refused", refused.getMessage()).on(model);
            return show(id, model);
        }
    }

    /** Values that did not even bind are already marked; adds the service's findings for the other fields. */
    private String formWithAllErrors(Model model, ProgramForm form, BindingResult binding, Long id) {
        try {
            programs.validate(id, form.toRequest());
        } catch (InvalidProgramException invalid) {
            reject(form, binding, invalid);
        }
        return form(model, form, id);
    }

    private String form(Model model, ProgramForm form, Long id) {
        model.addAttribute("program", form);
        model.addAttribute("programId", id);
        model.addAttribute("skills", options.skillsByCategory());
        model.addAttribute("people", options.sponsorCandidates());
        model.addAttribute("matchingObjectives", MatchingObjective.values());
        model.addAttribute("matchingModes", MatchingMode.values());
        model.addAttribute("measureKinds", options.measureKinds());
        model.addAttribute("measureSides", ObjectiveMeasure.Side.values());
        model.addAttribute("measureItems", ObjectiveMeasure.SurveyItem.values());
        model.addAttribute("measureWaves", options.measureWaves(id));
        if (id == null) {
            model.addAttribute(
                    "templates",
                    templates.list(PageRequest.of(0, TEMPLATES_OFFERED)).getContent());
        }
        return "program/form";
    }

    private static void reject(ProgramForm form, BindingResult binding, InvalidProgramException invalid) {
        invalid.problems().forEach(problem -> {
            String field = form.formFieldOf(problem.field());
            if (binding.hasFieldErrors(field)) {
                return;
            }
            if (field.equals("version")) {
                binding.reject("invalid", problem.message());
            } else {
                binding.rejectValue(field, "invalid", problem.message());
            }
        });
    }
}
