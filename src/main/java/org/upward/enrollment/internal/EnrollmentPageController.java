package org.upward.enrollment.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.enrollment.Side;
import org.upward.program.ProgramService;
import org.upward.security.InvitationService;
import org.upward.security.IssuedInvitation;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.NotFoundException;

/**
 * The admin's page of a program's enrollments: add, withdraw, see who still has to fill in a profile (importing a
 * file is {@link EnrollmentImportPageController}'s).
 */
@Controller
@RequestMapping("/admin/programs/{programId}/enrollments")
class EnrollmentPageController {

    /** One line of the "invite everyone" results. */
    record InvitationOutcome(String email, String inviteUrl, String problem) {}

    private final ProgramRoster enrollments;
    private final ProgramService programs;
    private final InvitationService invitations;

    EnrollmentPageController(ProgramRoster enrollments, ProgramService programs, InvitationService invitations) {
        this.enrollments = enrollments;
        this.programs = programs;
        this.invitations = invitations;
    }

    @GetMapping
    String list(@PathVariable long programId, Model model) {
        model.addAttribute("program", programs.get(programId));
        model.addAttribute("enrollments", enrollments.list(programId));
        model.addAttribute("completeness", enrollments.completeness(programId));
        model.addAttribute("sides", Side.values());
        model.addAttribute("csvColumns", EnrollmentCsvReader.COLUMNS);
        return "enrollment/admin-list";
    }

    @PostMapping
    String enroll(
            @PathVariable long programId,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) Side side,
            RedirectAttributes flash) {
        if (email.isBlank() || side == null) {
            Flash.problem("enrollments.error.addFields").after(flash);
        } else {
            try {
                enrollments.enroll(programId, email, side);
                Flash.success("enrollments.added").after(flash);
            } catch (ConflictException | NotFoundException refused) {
                Flash.problemText(refused.getMessage()).after(flash);
            }
        }
        return redirect(programId);
    }

    @PostMapping("/{enrollmentId}/withdraw")
    String withdraw(@PathVariable long programId, @PathVariable long enrollmentId, RedirectAttributes flash) {
        enrollments.withdraw(programId, enrollmentId);
        Flash.success("enrollments.withdrawn").after(flash);
        return redirect(programId);
    }

    @PostMapping("/{enrollmentId}/reinstate")
    String reinstate(@PathVariable long programId, @PathVariable long enrollmentId, RedirectAttributes flash) {
        try {
            enrollments.reinstate(programId, enrollmentId);
            Flash.success("enrollments.reinstated").after(flash);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
        }
        return redirect(programId);
    }

    @PostMapping("/invitations")
    String inviteAll(@PathVariable long programId, @AuthenticationPrincipal UpwardUser admin, Model model) {
        List<InvitationOutcome> outcomes = new ArrayList<>();
        for (String email : enrollments.activeEmails(programId)) {
            try {
                IssuedInvitation issued = invitations.invite(email, admin.accountId());
                outcomes.add(new InvitationOutcome(email, issued.inviteUrl(), null));
            } catch (ConflictException alreadyActive) {
                // people who can already log in need no invitation
            }
        }
        model.addAttribute("invitations", outcomes);
        return list(programId, model);
    }

    private static String redirect(long programId) {
        return "redirect:/admin/programs/" + programId + "/enrollments";
    }
}
