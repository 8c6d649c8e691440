package org.upward.outcome.internal;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.pairing.PairAccess;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.shared.Flash;
import org.upward.shared.FormErrors;
import org.upward.shared.InvalidFieldsException;

/** The admin's page of a program's business outcomes: the list and the form to record one. */
@Controller
class OutcomePageController {

    private final OutcomeService outcomes;
    private final ProgramService programs;
    private final PairAccess pairs;
    private final Clock clock;

    OutcomePageController(OutcomeService outcomes, ProgramService programs, PairAccess pairs, Clock clock) {
        this.outcomes = outcomes;
        this.programs = programs;
        this.pairs = pairs;
        this.clock = clock;
    }

    @GetMapping("/admin/programs/{programId}/outcomes")
    String page(@PathVariable long programId, Model model) {
        return render(programId, OutcomeForm.on(LocalDate.now(clock)), model);
    }

    @PostMapping("/admin/programs/{programId}/outcomes")
    String record(
            @PathVariable long programId,
            @Valid @ModelAttribute("form") OutcomeForm form,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser admin,
            Model model,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                outcomes.record(programId, form.toRequest(), admin.email());
                Flash.success("outcome.recorded").after(flash);
                return "redirect:/admin/programs/" + programId + "/outcomes";
            } catch (InvalidFieldsException invalid) {
                FormErrors.reject(binding, invalid);
            }
        }
        return render(programId, form, model);
    }

    @PostMapping("/admin/programs/{programId}/outcomes/{outcomeId}/delete")
    String remove(@PathVariable long programId, @PathVariable long outcomeId, RedirectAttributes flash) {
        outcomes.remove(programId, outcomeId);
        Flash.success("outcome.removed").after(flash);
        return "redirect:/admin/programs/" + programId + "/outcomes";
    }

    private String render(long programId, OutcomeForm form, Model model) {
        model.addAttribute("program", programs.get(programId));
        model.addAttribute("outcomes", outcomes.list(programId));
        var agreed = pairs.agreedPairs(programId);
        model.addAttribute("pairs", agreed);
        model.addAttribute(
                "pairNames",
                agreed.stream()
                        .collect(Collectors.toMap(
                                PairAccess.PairRef::id,
                                pair -> pair.mentor().name() + " & "
                                        + pair.mentee().name())));
        model.addAttribute("types", OutcomeType.values());
        model.addAttribute("form", form);
        return "outcome/list";
    }
}
