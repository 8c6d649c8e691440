package org.upward.survey.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldsException;
import org.upward.survey.SurveyResponseRequest;

/** The answering page: any signed-in person may ask for it; only those invited to the wave get it. */
@Controller
class SurveyPageController {

    private final AnswerPages pages;
    private final SurveyAnswers answers;
    private final Validator validator;

    SurveyPageController(AnswerPages pages, SurveyAnswers answers, Validator validator) {
        this.pages = pages;
        this.answers = answers;
        this.validator = validator;
    }

    @GetMapping("/surveys/{programId}/{wave}")
    String page(
            @PathVariable long programId,
            @PathVariable String wave,
            @AuthenticationPrincipal UpwardUser me,
            Model model) {
        AnswerPage page = pages.page(programId, wave, me);
        return render(model, page, page.draft(), Map.of());
    }

    @PostMapping("/surveys/{programId}/{wave}")
    String answer(
            @PathVariable long programId,
            @PathVariable String wave,
            @RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal UpwardUser me,
            Model model,
            RedirectAttributes flash) {
        AnswerPage page = pages.page(programId, wave, me);
        AnswerForm form = AnswerForm.of(params);
        String redirect = "redirect:" + SurveyPaths.answerPage(programId, page.wave());
        try {
            if ("save".equals(params.getFirst("action"))) {
                answers.saveDraft(programId, page.wave(), form.fields(), me);
                Flash.success("survey.draftSaved").after(flash);
                return redirect;
            }
            SurveyResponseRequest request = form.toRequest();
            Map<String, String> errors = errors(validator.validate(request));
            if (!errors.isEmpty()) {
                return render(model, page, form.fields(), errors);
            }
            answers.answer(programId, page.wave(), request, me);
        } catch (InvalidFieldsException invalid) {
            return render(model, page, form.fields(), errors(invalid));
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
            return redirect;
        }
        Flash.success("survey.thanks").after(flash);
        return redirect;
    }

    private static String render(Model model, AnswerPage page, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("page", page);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "survey/answer";
    }

    private static Map<String, String> errors(Set<ConstraintViolation<SurveyResponseRequest>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(v -> errors.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + "; " + b));
        return errors;
    }

    /** Custom items are posted as item-<id> but named custom.<id> in the service's problems. */
    private static Map<String, String> errors(InvalidFieldsException invalid) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : invalid.problems()) {
            errors.merge(problem.field().replace("custom.", "item-"), problem.message(), (a, b) -> a + "; " + b);
        }
        return errors;
    }
}
