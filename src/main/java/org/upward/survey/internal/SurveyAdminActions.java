package org.upward.survey.internal;

import jakarta.validation.Validator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.InvalidFieldsException;

/** How the admin's survey page runs an action: check the request, do it, tell its outcome or refusal in words. */
@Component
class SurveyAdminActions {

    private final Validator validator;

    SurveyAdminActions(Validator validator) {
        this.validator = validator;
    }

    /** Runs an admin action and flashes its outcome, or the refusal in words, on the survey page. */
    String run(long programId, RedirectAttributes redirect, Supplier<Flash> action) {
        Flash outcome;
        try {
            outcome = action.get();
        } catch (InvalidFieldsException invalid) {
            outcome = Flash.problemText(describe(invalid.problems()));
        } catch (InvalidFieldException invalid) {
            outcome = Flash.problemText(describe(List.of(new FieldProblem(invalid.field(), invalid.getMessage()))));
        } catch (ConflictException refused) {
            outcome = Flash.problemText(refused.getMessage());
        }
        outcome.after(redirect);
        return "redirect:/admin/programs/" + programId + "/surveys";
    }

    /** The request, if bean validation finds nothing wrong with it. */
    <T> T checked(T request) {
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
        return request;
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining(". ")) + ".";
    }
}
