package org.upward.intake.internal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.intake.ApplicationStatus;
import org.upward.intake.IntakeSettings;
import org.upward.program.ProgramService;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.Flash;
import org.upward.shared.FormErrors;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.ListPage;

/** The admin's applications page of a program: the intake form and, below it, the applications to decide. */
@Controller
class IntakePageController {

    private static final int PAGE_SIZE = 25;

    private final IntakeService intakes;
    private final ApplicationStore applications;
    private final ProgramService programs;

    IntakePageController(IntakeService intakes, ApplicationStore applications, ProgramService programs) {
        this.intakes = intakes;
        this.applications = applications;
        this.programs = programs;
    }

    @GetMapping("/admin/programs/{id}/intake")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        IntakeForm form = intakes.find(id).map(IntakeForm::of).orElseGet(() -> new IntakeForm().padded());
        model.addAttribute("form", form);
        return render(id, status, page, model);
    }

    @PostMapping("/admin/programs/{id}/intake")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") IntakeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                IntakeSettings saved = intakes.save(id, form.settings());
                Flash.success("intake.page.saved", saved.closesOn()).after(flash);
                return "redirect:/admin/programs/" + id + "/intake";
            } catch (InvalidFieldsException invalid) {
                FormErrors.reject(errors, onTheForm(invalid));
            } catch (ConflictException conflict) {
                errors.reject("rule", conflict.getMessage());
            }
        }
        form.padded();
        return render(id, null, 0, model);
    }

    private String render(long id, ApplicationStatus status, int page, Model model) {
        long total = applications.count(id, status);
        int shown = (int) Math.min(Math.max(page, 0), Math.max(0, (total - 1) / PAGE_SIZE));
        List<ApplicationRow> rows = applications.page(id, status, shown * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("program", programs.get(id));
        model.addAttribute("kinds", IntakeForm.kinds());
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("status", status);
        model.addAttribute(
                "applications",
                new ListPage<>(rows.stream().map(ApplicationRow::view).toList(), shown, PAGE_SIZE, total));
        return "intake/admin";
    }

    /** The service names rules by the API's fields; the page has one block per side. */
    private static InvalidFieldsException onTheForm(InvalidFieldsException invalid) {
        return new InvalidFieldsException(invalid.problems().stream()
                .map(p -> new FieldProblem(
                        p.field()
                                .replaceFirst("^eligibility\\.MENTOR\\.", "mentor.")
                                .replaceFirst("^eligibility\\.MENTEE\\.", "mentee.")
                                .replaceFirst("^places\\.MENTOR$", "mentor.places")
                                .replaceFirst("^places\\.MENTEE$", "mentee.places"),
                        p.message()))
                .toList());
    }
}
