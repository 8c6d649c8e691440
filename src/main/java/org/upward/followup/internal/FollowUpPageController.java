package org.upward.followup.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;

/** The one-tap "done" of a follow-up on the pair page and the home page's to-do list. */
@Controller
class FollowUpPageController {

    private final FollowUpChanges changes;

    FollowUpPageController(FollowUpChanges changes) {
        this.changes = changes;
    }

    /** Ticks it done and goes back where it was ticked: the home page when {@code from} says so, else the pair page. */
    @PostMapping("/participant/follow-ups/{id}/done")
    String done(
            @PathVariable long id,
            @RequestParam(required = false) String from,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes redirect) {
        long pairId;
        try {
            pairId = changes.done(id, me);
            Flash.success("followup.done.saved").after(redirect);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(redirect);
            return "redirect:/participant";
        }
        return "home".equals(from) ? "redirect:/participant" : "redirect:/participant/pairs/" + pairId + "#follow-ups";
    }
}
