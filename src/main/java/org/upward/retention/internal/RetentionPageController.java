package org.upward.retention.internal;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.people.PersonalDataKind;
import org.upward.shared.Flash;
import org.upward.shared.FormErrors;
import org.upward.shared.InvalidFieldsException;

/**
 * The admin's retention page: the policy's form, what the next run will remove (counts only), and the runs so far.
 * A shorter period is saved only once the admin has seen what it would remove and confirmed.
 */
@Controller
class RetentionPageController {

    private static final int RUNS_PER_PAGE = 20;

    private final RetentionPolicyService policy;
    private final RetentionPreview preview;
    private final RetentionRunStore runs;

    RetentionPageController(RetentionPolicyService policy, RetentionPreview preview, RetentionRunStore runs) {
        this.policy = policy;
        this.preview = preview;
        this.runs = runs;
    }

    @GetMapping("/admin/retention")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        return render(RetentionForm.of(policy.months()), page, model);
    }

    @PostMapping("/admin/retention")
    String save(
            @ModelAttribute("form") RetentionForm form, BindingResult binding, Model model, RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return render(form, 0, model);
        }
        Map<PersonalDataKind, Integer> current = policy.months();
        try {
            Map<PersonalDataKind, Integer> wanted = RetentionPolicyService.check(form.toRequest());
            if (form.shortens(current) && !form.isConfirmed()) {
                model.addAttribute("confirming", preview.counts(wanted));
                return render(form, 0, model);
            }
            policy.change(form.toRequest());
            Flash.success("retention.saved").after(flash);
            return "redirect:/admin/retention";
        } catch (InvalidFieldsException invalid) {
            FormErrors.reject(binding, invalid);
            return render(form, 0, model);
        }
    }

    private String render(RetentionForm form, int page, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("terms", RetentionTerm.all());
        model.addAttribute("preview", preview.counts(policy.months()));
        model.addAttribute("runs", runs.page(Math.max(page, 0), RUNS_PER_PAGE));
        return "retention/admin";
    }
}
