package org.upward.sessions.internal;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;

/** The pair page's small forms: a partner's feedback on a session and their check-in. */
@Controller
class PartnerFormsPageController {

    private final SessionLog sessions;
    private final SessionFeedbacks feedback;
    private final CheckIns checkIns;

    PartnerFormsPageController(SessionLog sessions, SessionFeedbacks feedback, CheckIns checkIns) {
        this.sessions = sessions;
        this.feedback = feedback;
        this.checkIns = checkIns;
    }

    @PostMapping("/participant/sessions/{id}/feedback")
    String feedback(
            @PathVariable long id,
            @Valid @ModelAttribute FeedbackForm form,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        long pairId = sessions.get(id, me).pairId();
        if (binding.hasErrors()) {
            flash.addFlashAttribute("errorKey", "feedback.error.rating");
            return ParticipantPairPageController.redirect(pairId);
        }
        try {
            feedback.give(id, form.toRequest(), me);
            flash.addFlashAttribute("successKey", "feedback.saved");
        } catch (ConflictException refused) {
            flash.addFlashAttribute("errorText", refused.getMessage());
        }
        return ParticipantPairPageController.redirect(pairId);
    }

    @PostMapping("/participant/pairs/{pairId}/check-ins")
    String checkIn(
            @PathVariable long pairId,
            @Valid @ModelAttribute CheckInForm form,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            flash.addFlashAttribute("errorKey", "checkin.error.rating");
            return ParticipantPairPageController.redirect(pairId);
        }
        try {
            checkIns.answer(pairId, form.toRequest(), me);
            flash.addFlashAttribute("successKey", "checkin.saved");
        } catch (ConflictException refused) {
            flash.addFlashAttribute("errorText", refused.getMessage());
        }
        return ParticipantPairPageController.redirect(pairId);
    }
}
