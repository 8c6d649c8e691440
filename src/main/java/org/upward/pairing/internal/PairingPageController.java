package org.upward.pairing.internal;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.upward.enrollment.PairingProfile;
import org.upward.pairing.PairView;
import org.upward.pairing.RunRequest;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.NotFoundException;

/** The admin's pairing pages: review, run, what-if preview, pairs by hand, and a mentee's candidates. */
@Controller
@RequestMapping("/admin/programs/{programId}/pairing")
class PairingPageController {

    private final PairingService pairing;
    private final PairingRunner runner;
    private final PairingPreviews previews;
    private final ManualPairs manual;
    private final ProgramService programs;
    private final ReviewPage page;
    private final PairingJobs jobs;

    PairingPageController(
            PairingService pairing,
            PairingRunner runner,
            PairingPreviews previews,
            ManualPairs manual,
            ProgramService programs,
            ReviewPage page,
            PairingJobs jobs) {
        this.pairing = pairing;
        this.runner = runner;
        this.previews = previews;
        this.manual = manual;
        this.programs = programs;
        this.page = page;
        this.jobs = jobs;
    }

    @GetMapping
    String show(
            @PathVariable long programId,
            @RequestParam(defaultValue = "0") int proposedPage,
            @RequestParam(defaultValue = "0") int agreedPage,
            @RequestParam(defaultValue = "0") int historyPage,
            @AuthenticationPrincipal UpwardUser admin,
            Model model) {
        ProgramView program = programs.get(programId);
        return page.render(
                program,
                WhatIfForm.of(program),
                new ReviewPage.Pages(proposedPage, agreedPage, historyPage),
                admin,
                model);
    }

    @PostMapping("/runs")
    String run(@PathVariable long programId, @AuthenticationPrincipal UpwardUser admin, RedirectAttributes flash) {
        try {
            if (jobs.runsInBackground(programId)) {
                jobs.start(programId, admin.accountId());
                return redirect(programId);
            }
            RunView run = runner.runAndView(programId, new RunRequest(false, null, null, null), admin.accountId());
            Flash.success(
                            "pairing.run.done",
                            run.pairs().size(),
                            run.totalScore(),
                            run.unmatched().size())
                    .after(flash);
        } catch (ConflictException | InvalidFieldException refused) {
            Flash.problem("pairing.refused", refused.getMessage()).after(flash);
        }
        return redirect(programId);
    }

    @PostMapping("/preview")
    String preview(
            @PathVariable long programId,
            @Valid @ModelAttribute("whatIf") WhatIfForm whatIf,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser admin,
            Model model) {
        ProgramView program = programs.get(programId);
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("preview", runner.runAndView(programId, whatIf.toPreview(), admin.accountId()));
            } catch (InvalidFieldException invalid) {
                binding.reject("invalid", invalid.getMessage());
            } catch (ConflictException refused) {
                Flash.problem("pairing.refused", refused.getMessage()).on(model);
            }
        }
        return page.render(program, whatIf, admin, model);
    }

    @PostMapping("/manual")
    String pairByHand(@PathVariable long programId, ManualPairForm form, RedirectAttributes flash) {
        if (!form.complete()) {
            Flash.problem("pairing.manual.choose").after(flash);
            return redirect(programId);
        }
        try {
            PairView pair = manual.pairByHand(programId, form.mentorEmail(), form.menteeEmail());
            Flash.success("pairing.paired", pair.mentorName(), pair.menteeName(), pair.score())
                    .after(flash);
            flash.addFlashAttribute("warnings", List.copyOf(pair.warnings()));
        } catch (ConflictException | InvalidFieldException refused) {
            Flash.problem("pairing.refused", refused.getMessage()).after(flash);
        }
        return redirect(programId);
    }

    @GetMapping("/candidates")
    String candidates(@PathVariable long programId, @RequestParam(defaultValue = "") String mentee, Model model) {
        model.addAttribute("program", programs.get(programId));
        model.addAttribute("menteeEmail", mentee);
        model.addAttribute(
                "mentee",
                pairing.participants(programId).stream()
                        .filter(p -> p.email().equalsIgnoreCase(mentee.trim()))
                        .map(PairingProfile::name)
                        .findFirst()
                        .orElse(mentee));
        try {
            model.addAttribute("candidates", previews.candidates(programId, mentee.trim()));
        } catch (InvalidFieldException | NotFoundException refused) {
            model.addAttribute("candidates", List.of());
            Flash.problem("pairing.refused", refused.getMessage()).on(model);
        }
        return "pairing/candidates";
    }

    static String redirect(long programId) {
        return "redirect:/admin/programs/" + programId + "/pairing";
    }
}
