package org.upward.intake.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.intake.ApplicationView;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;

/** The applicant's manager reads the application and approves it, or declines it with a reason. */
@Controller
class ManagerApprovalPageController {

    private final ApplicationReads reads;
    private final ApplicationDecisions decisions;
    private final ProgramService programs;

    ManagerApprovalPageController(ApplicationReads reads, ApplicationDecisions decisions, ProgramService programs) {
        this.reads = reads;
        this.decisions = decisions;
        this.programs = programs;
    }

    @GetMapping("/applications/{id}/manager-approval")
    String show(@PathVariable long id, @AuthenticationPrincipal UpwardUser me, Model model) {
        ApplicationView application = reads.forManager(id, me.email());
        model.addAttribute("submitted", application);
        model.addAttribute("program", programs.get(application.programId()));
        return "intake/manager";
    }

    @PostMapping("/applications/{id}/manager-approval")
    String decide(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        try {
            decisions.managerDecision(id, me.email(), approve, reason);
            Flash.success(approve ? "intake.manager.approved" : "intake.manager.declined")
                    .after(flash);
        } catch (ConflictException | InvalidFieldException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
        }
        return "redirect:/applications/" + id + "/manager-approval";
    }
}
