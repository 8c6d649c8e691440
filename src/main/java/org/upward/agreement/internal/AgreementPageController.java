package org.upward.agreement.internal;

import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.InvalidFieldsException;

/** The agreement on a partner's pair page: write or edit it with its goals, and confirm it. */
@Controller
class AgreementPageController {

    private final Agreements agreements;

    AgreementPageController(Agreements agreements) {
        this.agreements = agreements;
    }

    @PostMapping("/participant/pairs/{id}/agreement")
    String write(
            @PathVariable long id,
            @ModelAttribute AgreementForm form,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        try {
            agreements.write(id, form.toRequest(), me);
            Flash.success("agreement.saved").after(flash);
        } catch (InvalidFieldsException invalid) {
            Flash.problem(
                            "agreement.invalid",
                            invalid.problems().stream()
                                    .map(FieldProblem::message)
                                    .collect(Collectors.joining(" ")))
                    .after(flash);
        } catch (InvalidFieldException | ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
        }
        return redirect(id);
    }

    @PostMapping("/participant/pairs/{id}/agreement/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        try {
            agreements.confirm(id, version, me);
            Flash.success("agreement.confirmed").after(flash);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
        }
        return redirect(id);
    }

    private static String redirect(long pairId) {
        return "redirect:/participant/pairs/" + pairId + "#agreement";
    }
}
