package org.upward.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.assessment.AssessmentPhase;
import org.upward.assessment.WindowRequest;
import org.upward.program.ProgramService;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldsException;

/** The admin's assessment page of a program: windows with response rates, reminders, and every answer. */
@Controller
@RequestMapping("/admin/programs/{id}/assessments")
class AssessmentAdminPageController {

    private final AssessmentWindowService windows;
    private final AssessmentAnswers answers;
    private final ProgramService programs;
    private final Clock clock;

    AssessmentAdminPageController(
            AssessmentWindowService windows, AssessmentAnswers answers, ProgramService programs, Clock clock) {
        this.windows = windows;
        this.answers = answers;
        this.programs = programs;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        List<WindowView> open = windows.list(id);
        model.addAttribute("program", programs.get(id));
        model.addAttribute("windows", open);
        model.addAttribute(
                "phasesToOpen",
                Arrays.stream(AssessmentPhase.values())
                        .filter(phase -> open.stream().noneMatch(w -> w.phase() == phase))
                        .toList());
        model.addAttribute("answers", answers.all(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "assessment/admin";
    }

    @PostMapping("/windows")
    String open(
            @PathVariable long id,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            RedirectAttributes flash) {
        return act(
                id,
                flash,
                "assessment.window.opened",
                () -> windows.open(id, new WindowRequest(phase, opensOn, closesOn)));
    }

    @PostMapping("/windows/{phase}")
    String change(
            @PathVariable long id,
            @PathVariable AssessmentPhase phase,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            RedirectAttributes flash) {
        return act(
                id,
                flash,
                "assessment.window.saved",
                () -> windows.change(id, phase, new WindowRequest(phase.name(), opensOn, closesOn)));
    }

    @PostMapping("/windows/{phase}/close")
    String close(@PathVariable long id, @PathVariable AssessmentPhase phase, RedirectAttributes flash) {
        return act(id, flash, "assessment.window.closed", () -> windows.close(id, phase));
    }

    @PostMapping("/windows/{phase}/reminders")
    String remind(@PathVariable long id, @PathVariable AssessmentPhase phase, RedirectAttributes flash) {
        try {
            int reminded = windows.remindNonResponders(id, phase);
            Flash.success("assessment.reminded", reminded).after(flash);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
        }
        return redirect(id);
    }

    private String act(long id, RedirectAttributes flash, String successKey, Runnable action) {
        try {
            action.run();
            Flash.success(successKey).after(flash);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
        } catch (InvalidFieldsException invalid) {
            Flash.problemText(AssessmentPageController.inWords(invalid)).after(flash);
        }
        return redirect(id);
    }

    private static String redirect(long id) {
        return "redirect:/admin/programs/" + id + "/assessments";
    }
}
