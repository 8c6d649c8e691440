package org.upward.sessions.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.pairing.PairAccess;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;

/** "Keep this pair" on the status board, after the admin confirmed what it does. */
@Controller
class KeepPairPageController {

    private final KeepPairs keep;
    private final PairAccess pairs;

    KeepPairPageController(KeepPairs keep, PairAccess pairs) {
        this.keep = keep;
        this.pairs = pairs;
    }

    @PostMapping("/admin/programs/{id}/status/pairs/{pairId}/keep")
    String keep(
            @PathVariable long id,
            @PathVariable long pairId,
            @AuthenticationPrincipal UpwardUser admin,
            RedirectAttributes redirect) {
        if (pairs.get(pairId).programId() != id) {
            throw SessionNotFoundException.pairInProgram(pairId, id);
        }
        try {
            KeepPairs.Kept kept = keep.keep(pairId, admin);
            Flash.success("sessions.health.kept", kept.mentorName(), kept.menteeName())
                    .after(redirect);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(redirect);
        }
        return "redirect:/admin/programs/" + id + "/status#pair-" + pairId;
    }
}
