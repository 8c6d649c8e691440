package org.upward.pairing.internal;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.pairing.PairView;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;

/** Participant choice in pages: a mentee's options and requests, a mentor's answers, the admin's confirmation. */
@Controller
class ChoicePageController {

    private final ParticipantChoice choice;
    private final ChoiceDecisions decisions;
    private final ProgramService programs;

    ChoicePageController(ParticipantChoice choice, ChoiceDecisions decisions, ProgramService programs) {
        this.choice = choice;
        this.decisions = decisions;
        this.programs = programs;
    }

    @GetMapping("/participant/programs/{id}/choice")
    String show(@PathVariable long id, @AuthenticationPrincipal UpwardUser me, Model model) {
        model.addAttribute("program", programs.get(id));
        List<PairRequestView> mine = choice.requests(id, me);
        model.addAttribute(
                "incoming",
                mine.stream()
                        .filter(r -> r.mentorEmail().equalsIgnoreCase(me.email())
                                && r.status() == PairRequestStatus.REQUESTED)
                        .toList());
        model.addAttribute(
                "asked",
                mine.stream()
                        .filter(r -> r.menteeEmail().equalsIgnoreCase(me.email()))
                        .toList());
        List<CandidateView> options = List.of();
        try {
            options = choice.options(id, me.email());
        } catch (ConflictException refused) {
            model.addAttribute("closed", refused.getMessage());
        } catch (AccessDeniedException notAMentee) {
            // mentors only answer requests here
        }
        model.addAttribute("options", options);
        return "pairing/choice";
    }

    @PostMapping("/participant/programs/{id}/choice/requests")
    String request(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String mentorEmail,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        try {
            choice.request(id, me.email(), mentorEmail);
            flash.addFlashAttribute("successKey", "choice.requested");
        } catch (ConflictException | InvalidFieldException refused) {
            flash.addFlashAttribute("errorText", refused.getMessage());
        }
        return "redirect:/participant/programs/" + id + "/choice";
    }

    @PostMapping("/participant/programs/{id}/choice/requests/{requestId}/{answer:accept|decline}")
    String answer(
            @PathVariable long id,
            @PathVariable long requestId,
            @PathVariable String answer,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        try {
            if (answer.equals("accept")) {
                decisions.accept(requestId, me);
            } else {
                decisions.decline(requestId, me);
            }
            flash.addFlashAttribute("successKey", "choice." + answer + "ed");
        } catch (ConflictException refused) {
            flash.addFlashAttribute("errorText", refused.getMessage());
        }
        return "redirect:/participant/programs/" + id + "/choice";
    }

    @PostMapping("/admin/programs/{programId}/pairing/requests/{requestId}/confirm")
    String confirm(@PathVariable long programId, @PathVariable long requestId, RedirectAttributes flash) {
        try {
            PairView pair = decisions.confirm(programId, requestId);
            flash.addFlashAttribute("notice", new PageNotice("choice.confirmed", pair.mentorName(), pair.menteeName()));
        } catch (ConflictException refused) {
            flash.addFlashAttribute("problem", new PageNotice("pairing.refused", refused.getMessage()));
        }
        return PairingPageController.redirect(programId);
    }
}
