package org.upward.wrapup.internal;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;
import org.upward.wrapup.Attainment;
import org.upward.wrapup.Recommendation;
import org.upward.wrapup.WrapUpView;

/** A partner's wrap-up page: the short form while it can be changed, their own answers read-only after. */
@Controller
class WrapUpPageController {

    private final WrapUpService wrapUps;
    private final PairAccess pairs;
    private final ProgramService programs;

    WrapUpPageController(WrapUpService wrapUps, PairAccess pairs, ProgramService programs) {
        this.wrapUps = wrapUps;
        this.pairs = pairs;
        this.programs = programs;
    }

    @GetMapping("/participant/pairs/{id}/wrap-up")
    String page(@PathVariable long id, @AuthenticationPrincipal UpwardUser me, Model model) {
        WrapUpView view = wrapUps.get(id, me);
        return render(model, id, view, WrapUpForm.of(view), Map.of(), me);
    }

    @PostMapping("/participant/pairs/{id}/wrap-up")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") WrapUpForm form,
            @AuthenticationPrincipal UpwardUser me,
            Model model,
            RedirectAttributes redirect) {
        try {
            wrapUps.write(id, form.toRequest(), me);
            Flash.success("wrapup.saved").after(redirect);
            return "redirect:/participant/pairs/" + id + "/wrap-up";
        } catch (InvalidFieldsException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
            Flash.problem("wrapup.invalid").on(model);
            return render(model, id, wrapUps.get(id, me), form, errors, me);
        } catch (ConflictException refused) {
            Flash.problemText(refused.getMessage()).after(redirect);
            return "redirect:/participant/pairs/" + id + "/wrap-up";
        }
    }

    private String render(
            Model model, long pairId, WrapUpView view, WrapUpForm form, Map<String, String> errors, UpwardUser me) {
        PairRef pair = pairs.get(pairId);
        model.addAttribute("wrapUp", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("programName", programs.get(pair.programId()).name());
        model.addAttribute("partnerName", pair.partnerOf(me.email()).name());
        model.addAttribute(
                "untilDay",
                view.editableUntil() == null
                        ? ""
                        : UiText.day(view.editableUntil().atZone(ZoneOffset.UTC).toLocalDate()));
        model.addAttribute("attainments", Attainment.values());
        model.addAttribute("recommendations", Recommendation.values());
        return "wrapup/form";
    }
}
