package org.upward.pairing.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;

/** A participant tells the admin their pair "looks off". */
@Controller
class PairFlagPageController {

    private final PairReview review;

    PairFlagPageController(PairReview review) {
        this.review = review;
    }

    @PostMapping("/participant/pairs/{id}/flag")
    String flag(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        try {
            review.flag(id, me, note.length() > 1000 ? note.substring(0, 1000) : note);
            flash.addFlashAttribute("successKey", "pair.flagged");
        } catch (ConflictException refused) {
            flash.addFlashAttribute("errorText", refused.getMessage());
        }
        return "redirect:/participant";
    }
}
