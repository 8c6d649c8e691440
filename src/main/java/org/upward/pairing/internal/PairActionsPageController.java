package org.upward.pairing.internal;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.pairing.PairView;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.NotFoundException;

/** The buttons on the review page that act on pairs: approve, reject, intro chat held, flag, swap. */
@Controller
@RequestMapping("/admin/programs/{programId}/pairing/pairs")
class PairActionsPageController {

    private final PairReview review;
    private final PairSwaps swaps;

    PairActionsPageController(PairReview review, PairSwaps swaps) {
        this.review = review;
        this.swaps = swaps;
    }

    @PostMapping("/approve-all")
    String approveAll(@PathVariable long programId, RedirectAttributes flash) {
        return act(programId, flash, () -> {
            int approved = review.approveAll(programId).size();
            return new PageNotice("pairing.approvedAll", approved);
        });
    }

    @PostMapping("/{pairId}/approve")
    String approve(@PathVariable long programId, @PathVariable long pairId, RedirectAttributes flash) {
        review.requireInProgram(programId, pairId);
        return act(programId, flash, () -> named("pairing.approved", review.approve(pairId)));
    }

    @PostMapping("/{pairId}/reject")
    String reject(@PathVariable long programId, @PathVariable long pairId, RedirectAttributes flash) {
        review.requireInProgram(programId, pairId);
        return act(programId, flash, () -> named("pairing.rejected", review.reject(pairId)));
    }

    @PostMapping("/{pairId}/activate")
    String activate(@PathVariable long programId, @PathVariable long pairId, RedirectAttributes flash) {
        review.requireInProgram(programId, pairId);
        return act(programId, flash, () -> named("pairing.activated", review.activate(pairId)));
    }

    @PostMapping("/{pairId}/flag")
    String flag(
            @PathVariable long programId,
            @PathVariable long pairId,
            @Valid PairNoteForm note,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser admin,
            RedirectAttributes flash) {
        review.requireInProgram(programId, pairId);
        if (binding.hasErrors()) {
            flash.addFlashAttribute("problem", new PageNotice("pairing.note.tooLong"));
            return PairingPageController.redirect(programId);
        }
        return act(programId, flash, () -> named("pairing.flagged", review.flag(pairId, admin, note.text())));
    }

    @PostMapping("/{pairId}/resolve-flag")
    String resolveFlag(@PathVariable long programId, @PathVariable long pairId, RedirectAttributes flash) {
        review.requireInProgram(programId, pairId);
        return act(programId, flash, () -> named("pairing.flagResolved", review.resolveFlag(pairId)));
    }

    @PostMapping("/{pairId}/swap")
    String swap(
            @PathVariable long programId,
            @PathVariable long pairId,
            @Valid PairNoteForm reason,
            BindingResult binding,
            RedirectAttributes flash) {
        review.requireInProgram(programId, pairId);
        if (binding.hasErrors()) {
            flash.addFlashAttribute("problem", new PageNotice("pairing.note.tooLong"));
            return PairingPageController.redirect(programId);
        }
        return act(programId, flash, () -> {
            List<PairSummary> replacements = new ArrayList<>();
            swaps.swap(pairId, reason.text()).forEach(p -> replacements.add(PairSummary.of(p)));
            flash.addFlashAttribute("replacements", replacements);
            return new PageNotice(replacements.isEmpty() ? "pairing.swapped.none" : "pairing.swapped");
        });
    }

    private static PageNotice named(String key, PairView pair) {
        return new PageNotice(key, pair.mentorName(), pair.menteeName());
    }

    private static String act(long programId, RedirectAttributes flash, Supplier<PageNotice> action) {
        try {
            flash.addFlashAttribute("notice", action.get());
        } catch (ConflictException | InvalidFieldException | NotFoundException refused) {
            flash.addFlashAttribute("problem", new PageNotice("pairing.refused", refused.getMessage()));
        } catch (ObjectOptimisticLockingFailureException lostRace) {
            flash.addFlashAttribute("problem", new PageNotice("pairing.changedMeanwhile"));
        }
        return PairingPageController.redirect(programId);
    }
}
