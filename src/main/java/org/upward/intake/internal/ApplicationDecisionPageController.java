package org.upward.intake.internal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.InvalidFieldsException;

/** The admin's buttons on the applications page: accept (enrolls; one or all ticked), decline with a reason, waitlist. */
@Controller
class ApplicationDecisionPageController {

    private final ApplicationDecisions decisions;
    private final BulkAcceptance bulk;

    ApplicationDecisionPageController(ApplicationDecisions decisions, BulkAcceptance bulk) {
        this.decisions = decisions;
        this.bulk = bulk;
    }

    @PostMapping("/admin/programs/{id}/applications/{applicationId}/accept")
    String accept(@PathVariable long id, @PathVariable long applicationId, RedirectAttributes flash) {
        return decided(id, flash, "intake.page.accepted", () -> decisions.accept(applicationId));
    }

    /** Accepts each ticked application on its own, so one refusal does not hold the others back. */
    @PostMapping("/admin/programs/{id}/applications/accept")
    String acceptAll(
            @PathVariable long id,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            RedirectAttributes flash) {
        if (ids == null || ids.isEmpty()) {
            Flash.success("intake.page.acceptedMany", 0).after(flash);
            return "redirect:/admin/programs/" + id + "/intake";
        }
        try {
            BulkAcceptance.Outcome outcome = bulk.accept(id, ids);
            Flash.success("intake.page.acceptedMany", outcome.accepted().size()).after(flash);
            if (!outcome.refused().isEmpty()) {
                Flash.problem(
                                "intake.page.notAccepted",
                                outcome.refused().size(),
                                String.join(
                                        " ",
                                        outcome.refused().stream()
                                                .map(BulkAcceptance.Refusal::reason)
                                                .toList()))
                        .after(flash);
            }
        } catch (InvalidFieldException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
        }
        return "redirect:/admin/programs/" + id + "/intake";
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
