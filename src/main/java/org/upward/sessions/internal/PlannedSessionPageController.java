package org.upward.sessions.internal;

import jakarta.validation.Valid;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldsException;

/** The pair page's planning: plan a meeting, cancel it, and download its invite (partners and admins). */
@Controller
class PlannedSessionPageController {

    private final PlannedSessions planned;

    PlannedSessionPageController(PlannedSessions planned) {
        this.planned = planned;
    }

    @PostMapping("/participant/pairs/{pairId}/planned")
    String plan(
            @PathVariable long pairId,
            @Valid @ModelAttribute PlannedSessionRequest form,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Flash.problemText(binding.getFieldErrors().stream()
                            .map(e -> e.getField() + ": " + e.getDefaultMessage())
                            .collect(Collectors.joining("; ")))
                    .after(redirect);
            return ParticipantPairPageController.redirect(pairId);
        }
        try {
            planned.plan(pairId, form, me);
            Flash.success("sessions.planned.saved").after(redirect);
        } catch (InvalidFieldsException invalid) {
            Flash.problemText(invalid.problems().stream()
                            .map(p -> p.field() + ": " + p.message())
                            .collect(Collectors.joining("; ")))
                    .after(redirect);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(redirect);
        }
        return ParticipantPairPageController.redirect(pairId);
    }

    @PostMapping("/participant/pairs/{pairId}/planned/{plannedId}/cancel")
    String cancel(
            @PathVariable long pairId,
            @PathVariable long plannedId,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes redirect) {
        try {
            planned.cancel(pairId, plannedId, me);
            Flash.success("sessions.planned.cancelled").after(redirect);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(redirect);
        }
        return ParticipantPairPageController.redirect(pairId);
    }

    @GetMapping("/pairs/{pairId}/planned/{plannedId}.ics")
    ResponseEntity<String> ics(
            @PathVariable long pairId, @PathVariable long plannedId, @AuthenticationPrincipal UpwardUser viewer) {
        return CalendarResponses.of(planned.invite(pairId, plannedId, viewer));
    }
}
