package org.upward.pairing.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.pairing.FitAnswer;
import org.upward.pairing.PairStatus;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;

/** A partner answers the fit check from their pair page: one tap per answer, an optional note. */
@Controller
class FitCheckPageController {

    private final FitCheckService fitChecks;

    FitCheckPageController(FitCheckService fitChecks) {
        this.fitChecks = fitChecks;
    }

    @PostMapping("/participant/pairs/{id}/fit-check")
    String answer(
            @PathVariable long id,
            @RequestParam(required = false) FitAnswer answer,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        try {
            var answered = fitChecks.answer(id, me, answer, note);
            if (answered.status() == PairStatus.ACTIVE) {
                Flash.success("pairing.fit.saved.active").after(flash);
            } else {
                Flash.success("pairing.fit.saved." + answered.answer().name()).after(flash);
            }
        } catch (ConflictException | InvalidFieldException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
        }
        return "redirect:/participant/pairs/" + id;
    }
}
