package org.upward.intake.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.InvalidFieldsException;

/** The admin's buttons on the applications page: accept (enrolls), decline with a reason, waitlist. */
@Controller
class ApplicationDecisionPageController {

    private final ApplicationDecisions decisions;

    ApplicationDecisionPageController(ApplicationDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/admin/programs/{id}/applications/{applicationId}/accept")
    String accept(@PathVariable long id, @PathVariable long applicationId, RedirectAttributes flash) {
        return decided(id, flash, "intake.page.accepted", () -> decisions.accept(applicationId));
    }

    @PostMapping("/admin/programs/{id}/applications/{applicationId}/decline")
    String decline(
            @PathVariable long id,
            @PathVariable long applicationId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        return decided(id, flash, "intake.page.declined", () -> decisions.decline(applicationId, reason));
    }

    @PostMapping("/admin/programs/{id}/applications/{applicationId}/waitlist")
    String waitlist(@PathVariable long id, @PathVariable long applicationId, RedirectAttributes flash) {
        return decided(id, flash, "intake.page.waitlisted", () -> decisions.waitlist(applicationId));
    }

    private static String decided(long programId, RedirectAttributes flash, String done, Runnable decision) {
        try {
            decision.run();
            Flash.success(done).after(flash);
        } catch (ConflictException | InvalidFieldException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
        } catch (InvalidFieldsException refused) {
            Flash.problemText(String.join(
                            " ",
                            refused.problems().stream().map(p -> p.message()).toList()))
                    .after(flash);
        }
        return "redirect:/admin/programs/" + programId + "/intake";
    }
}
