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
import org.upward.shared.Flash;

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

    /** One call gives the feedback and answers the pair to go back to; a refusal reads the session for it. */
    @PostMapping("/participant/sessions/{id}/feedback")
    String feedback(
            @PathVariable long id,
            @Valid @ModelAttribute FeedbackForm form,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Flash.problem("sessions.feedback.error.rating").after(redirect);
            return ParticipantPairPageController.redirect(sessions.get(id, me).pairId());
        }
        try {
            long pairId = feedback.give(id, form.toRequest(), me).pairId();
            Flash.success("sessions.feedback.saved").after(redirect);
            return ParticipantPairPageController.redirect(pairId);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(redirect);
            return ParticipantPairPageController.redirect(sessions.get(id, me).pairId());
        }
    }

    @PostMapping("/participant/pairs/{pairId}/check-ins")
    String checkIn(
            @PathVariable long pairId,
            @Valid @ModelAttribute CheckInForm form,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Flash.problem("sessions.checkin.error.rating").after(redirect);
            return ParticipantPairPageController.redirect(pairId);
        }
        try {
            checkIns.answer(pairId, form.toRequest(), me);
            Flash.success("sessions.checkin.saved").after(redirect);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(redirect);
        }
        return ParticipantPairPageController.redirect(pairId);
    }
}
