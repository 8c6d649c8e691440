package org.upward.webhook.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.program.ProgramService;
import org.upward.shared.Flash;
import org.upward.shared.FormErrors;
import org.upward.shared.InvalidFieldException;

/** The admin's page of a program's chat webhook: set or remove the URL, send a test, read the delivery log. */
@Controller
class WebhookPageController {

    private final ProgramWebhooks webhooks;
    private final ProgramService programs;

    WebhookPageController(ProgramWebhooks webhooks, ProgramService programs) {
        this.webhooks = webhooks;
        this.programs = programs;
    }

    @GetMapping("/admin/programs/{programId}/webhook")
    String page(@PathVariable long programId, Model model) {
        return render(programId, WebhookForm.empty(), model);
    }

    @PostMapping("/admin/programs/{programId}/webhook")
    String set(
            @PathVariable long programId,
            @ModelAttribute("form") WebhookForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        try {
            webhooks.set(programId, form.url(), form.sendsMessages());
            Flash.success("webhook.saved").after(flash);
            return "redirect:/admin/programs/" + programId + "/webhook";
        } catch (InvalidFieldException invalid) {
            FormErrors.reject(binding, invalid);
        }
        return render(programId, form, model);
    }

    @PostMapping("/admin/programs/{programId}/webhook/delete")
    String clear(@PathVariable long programId, RedirectAttributes flash) {
        webhooks.clear(programId);
        Flash.success("webhook.removed").after(flash);
        return "redirect:/admin/programs/" + programId + "/webhook";
    }

    @PostMapping("/admin/programs/{programId}/webhook/test")
    String test(@PathVariable long programId, RedirectAttributes flash) {
        webhooks.sendTest(programId);
        Flash.success("webhook.testQueued").after(flash);
        return "redirect:/admin/programs/" + programId + "/webhook";
    }

    private String render(long programId, WebhookForm form, Model model) {
        model.addAttribute("program", programs.get(programId));
        model.addAttribute("webhook", webhooks.find(programId).orElse(null));
        model.addAttribute("deliveries", webhooks.deliveries(programId));
        model.addAttribute("form", form);
        return "webhook/settings";
    }
}
