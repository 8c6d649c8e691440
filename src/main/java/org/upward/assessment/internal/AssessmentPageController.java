package org.upward.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.assessment.AssessmentPhase;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/**
 * A participant's assessment form: one 1–5 radio group per skill, saved values shown, partial answers
 * kept. Each form posts {@code skill-i} (hidden) and {@code level-i} (the chosen radio, if any).
 */
@Controller
class AssessmentPageController {

    private final Assessments assessments;
    private final ProgramService programs;

    AssessmentPageController(Assessments assessments, ProgramService programs) {
        this.assessments = assessments;
        this.programs = programs;
    }

    @GetMapping("/participant/programs/{id}/assessments/{phase}")
    String form(
            @PathVariable long id, @PathVariable String phase, @AuthenticationPrincipal UpwardUser me, Model model) {
        AssessmentPhase known = phaseOf(phase);
        List<PhaseAnswers> answers =
                assessments.phase(id, known, me).orElseThrow(() -> new WindowNotFoundException(known));
        model.addAttribute("program", programs.get(id));
        model.addAttribute("phase", known);
        model.addAttribute("answers", answers);
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
        return "assessment/form";
    }

    @PostMapping("/participant/programs/{id}/assessments/{phase}")
    String save(
            @PathVariable long id,
            @PathVariable String phase,
            @RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        AssessmentPhase known = phaseOf(phase);
        List<RatingRequest> ratings = new ArrayList<>();
        for (int i = 0; params.containsKey("skill-" + i); i++) {
            String level = params.getFirst("level-" + i);
            if (level != null && !level.isBlank()) {
                ratings.add(new RatingRequest(params.getFirst("skill-" + i), parse(level)));
            }
        }
        String redirect = "redirect:" + AssessmentLinks.form(id, known);
        if (ratings.isEmpty()) {
            Flash.problem("assessment.noneChosen").after(flash);
            return redirect;
        }
        try {
            assessments.answer(id, new AnswerRequest(known.name(), ratings, params.getFirst("subjectEmail")), me);
            Flash.success("assessment.saved").after(flash);
        } catch (ConflictException closed) {
            Flash.problemText(closed.getMessage()).after(flash);
        } catch (InvalidFieldsException invalid) {
            Flash.problemText(inWords(invalid)).after(flash);
        }
        return redirect;
    }

    private static AssessmentPhase phaseOf(String phase) {
        return AssessmentPhase.parse(phase).orElseThrow(() -> new UnknownPhaseException(phase));
    }

    /** The rule violations as one sentence after the other, for the page's problem message. */
    static String inWords(InvalidFieldsException invalid) {
        return String.join(
                " ", invalid.problems().stream().map(FieldProblem::message).toList());
    }

    private static Integer parse(String level) {
        try {
            return Integer.valueOf(level.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    static class UnknownPhaseException extends org.upward.shared.NotFoundException {

        UnknownPhaseException(String phase) {
            super(UiText.of("assessment.error.noSuchPhase", phase));
        }
    }
}
