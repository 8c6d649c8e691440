package org.upward.intake.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Priority;
import org.upward.enrollment.Side;
import org.upward.enrollment.WorkStyle;
import org.upward.intake.ApplicationView;
import org.upward.intake.IntakeSettings;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillView;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.InvalidFieldsException;

/**
 * One phone-friendly page to join a program: its objectives, the side, and (once the person is known to be
 * eligible for it) the questions and the matching profile; afterwards, the application's status.
 */
@Controller
class ApplyPageController {

    private final ApplicationService applications;
    private final ApplicationReads reads;
    private final IntakeService intakes;
    private final ProgramService programs;
    private final SkillCatalog skills;

    ApplyPageController(
            ApplicationService applications,
            ApplicationReads reads,
            IntakeService intakes,
            ProgramService programs,
            SkillCatalog skills) {
        this.reads = reads;
        this.applications = applications;
        this.intakes = intakes;
        this.programs = programs;
        this.skills = skills;
    }

    @GetMapping("/programs/{id}/apply")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) String side,
            @AuthenticationPrincipal UpwardUser me,
            Model model) {
        return render(id, ApplyFormReader.named(Side.class, side), me, new LinkedMultiValueMap<>(), Map.of(), model);
    }

    @PostMapping("/programs/{id}/apply")
    String apply(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal UpwardUser me,
            Model model,
            RedirectAttributes flash) {
        Side side = ApplyFormReader.named(Side.class, form.getFirst("side"));
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            IntakeSettings intake = intakes.requireOpen(id);
            ApplicationView done =
                    applications.apply(id, me.email(), ApplyFormReader.read(side, intake.questions(), form));
            Flash.success("intake.apply.sent." + done.status().name()).after(flash);
            return "redirect:/programs/" + id + "/apply";
        } catch (ConflictException closedOrTwice) {
            Flash.problemText(closedOrTwice.getMessage()).after(flash);
            return "redirect:/programs/" + id + "/apply";
        } catch (InvalidFieldException refused) {
            errors.put(refused.field(), refused.getMessage());
        } catch (InvalidFieldsException refused) {
            refused.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        }
        return render(id, side, me, form, errors, model);
    }

    @PostMapping("/programs/{id}/apply/withdrawal")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal UpwardUser me, RedirectAttributes flash) {
        Optional<ApplicationView> mine = reads.mineFor(id, me.email());
        try {
            applications.withdraw(
                    mine.orElseThrow(ApplicationNotFoundException::new).id(), me.email());
            Flash.success("intake.apply.withdrawn").after(flash);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
        }
        return "redirect:/programs/" + id + "/apply";
    }

    private String render(
            long id,
            Side side,
            UpwardUser me,
            MultiValueMap<String, String> values,
            Map<String, String> errors,
            Model model) {
        model.addAttribute("program", programs.get(id));
        model.addAttribute("mine", reads.mineFor(id, me.email()).orElse(null));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        try {
            IntakeSettings intake = intakes.requireOpen(id);
            model.addAttribute("intake", intake);
            Side chosen =
                    side == null && intake.sides().size() == 1 ? intake.sides().get(0) : side;
            if (chosen != null && intake.sides().contains(chosen)) {
                model.addAttribute("side", chosen);
                FieldProblem rule =
                        applications.exclusion(id, me.email(), chosen).orElse(null);
                model.addAttribute("exclusion", rule == null ? null : rule.message());
            }
        } catch (ConflictException closed) {
            model.addAttribute("closed", closed.getMessage());
        }
        model.addAttribute("skillRows", ApplyFormReader.SKILL_ROWS);
        model.addAttribute(
                "skills", skills.active().stream().map(SkillView::name).toList());
        model.addAttribute("workStyles", WorkStyle.values());
        model.addAttribute("meetingPreferences", MeetingPreference.values());
        model.addAttribute("priorities", Priority.values());
        return "intake/apply";
    }
}
