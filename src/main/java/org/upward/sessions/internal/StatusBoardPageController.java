package org.upward.sessions.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.pairing.PairHealth;
import org.upward.security.UpwardUser;
import org.upward.sessions.ActivityStatus;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldsException;

/** The admin's pair status board of a program, filterable by status, with a lunch & learn for several pairs. */
@Controller
class StatusBoardPageController {

    private final PairStatusBoard board;
    private final LunchAndLearn lunchAndLearn;
    private final SessionRules rules;
    private final Clock clock;

    StatusBoardPageController(PairStatusBoard board, LunchAndLearn lunchAndLearn, SessionRules rules, Clock clock) {
        this.board = board;
        this.lunchAndLearn = lunchAndLearn;
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping("/admin/programs/{id}/status")
    String board(
            @PathVariable long id,
            @RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) PairHealth health,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("board", board.board(id, status, health, page));
        model.addAttribute("selected", status);
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("selectedHealth", health);
        model.addAttribute("healths", PairHealth.values());
        model.addAttribute("focusSkills", rules.focusSkills(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "sessions/board";
    }

    @PostMapping("/admin/programs/{id}/lunch-and-learn")
    String lunchAndLearn(
            @PathVariable long id,
            @Valid @ModelAttribute LunchAndLearnRequest form,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser admin,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Flash.problemText(binding.getFieldErrors().stream()
                            .map(e -> e.getField() + ": " + e.getDefaultMessage())
                            .distinct()
                            .collect(Collectors.joining("; ")))
                    .after(redirect);
        } else {
            try {
                int logged = lunchAndLearn.log(id, form, admin).size();
                Flash.success("sessions.lunch.logged", logged).after(redirect);
            } catch (InvalidFieldsException invalid) {
                Flash.problemText(invalid.problems().stream()
                                .map(p -> p.field() + ": " + p.message())
                                .collect(Collectors.joining("; ")))
                        .after(redirect);
            } catch (ConflictException refused) {
                Flash.problemText(refused.getMessage()).after(redirect);
            }
        }
        return "redirect:/admin/programs/" + id + "/status";
    }
}
