package org.upward.sessions.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.upward.security.UpwardUser;
import org.upward.sessions.SessionFormat;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;

/** A partner's pair page: the shared session log, logging with feedback, and the check-in. */
@Controller
class ParticipantPairPageController {

    private final PairPages pages;
    private final SessionLog sessions;
    private final PlannedSessions planned;
    private final Clock clock;

    ParticipantPairPageController(PairPages pages, SessionLog sessions, PlannedSessions planned, Clock clock) {
        this.pages = pages;
        this.sessions = sessions;
        this.planned = planned;
        this.clock = clock;
    }

    /**
     * The pair page, its log's {@code page}-th page (from 0, newest first); {@code plan} prefills "log a
     * session" from a planned meeting that has happened.
     */
    @GetMapping("/participant/pairs/{pairId}")
    String page(
            @PathVariable long pairId,
            @RequestParam(required = false) Long plan,
            @RequestParam(name = "page", defaultValue = "0") int logPage,
            @AuthenticationPrincipal UpwardUser me,
            Model model) {
        PairPage page = pages.page(pairId, me, logPage);
        SessionForm form = SessionForm.today(LocalDate.now(clock));
        if (plan != null) {
            PlannedSessionView meeting = planned.get(pairId, plan, me);
            form = SessionForm.from(meeting, LocalDate.now(clock));
            model.addAttribute("fromPlan", meeting);
        }
        return render(model, page, form, Map.of());
    }

    @PostMapping("/participant/pairs/{pairId}/sessions")
    String log(
            @PathVariable long pairId,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            @RequestParam(required = false) Long plannedId,
            @AuthenticationPrincipal UpwardUser me,
            Model model,
            RedirectAttributes flash) {
        PairPage page = pages.page(pairId, me);
        if (plannedId != null) {
            model.addAttribute("fromPlan", planned.get(pairId, plannedId, me));
        }
        if (binding.hasErrors()) {
            return render(model, page, form, FormErrors.of(binding));
        }
        try {
            SessionView logged = pages.logWithFeedback(pairId, form.toRequest(), form.feedback(), me);
            if (plannedId != null) {
                planned.logged(pairId, plannedId, logged.id());
            }
        } catch (InvalidFieldsException invalid) {
            return render(model, page, form, FormErrors.of(invalid.problems()));
        } catch (ConflictException refused) {
            flash.addFlashAttribute("errorText", refused.getMessage());
            return redirect(pairId);
        }
        flash.addFlashAttribute("successKey", "session.logged");
        return redirect(pairId);
    }

    @GetMapping("/participant/sessions/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal UpwardUser me, Model model) {
        SessionView session = sessions.get(id, me);
        return renderEdit(model, pages.page(session.pairId(), me), session, SessionForm.of(session), Map.of());
    }

    @PostMapping("/participant/sessions/{id}")
    String saveEdit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser me,
            Model model,
            RedirectAttributes flash) {
        SessionView session = sessions.get(id, me);
        PairPage page = pages.page(session.pairId(), me);
        if (binding.hasErrors()) {
            return renderEdit(model, page, session, form, FormErrors.of(binding));
        }
        try {
            sessions.edit(id, form.toRequest(), me);
        } catch (InvalidFieldsException invalid) {
            return renderEdit(model, page, session, form, FormErrors.of(invalid.problems()));
        } catch (ConflictException stale) {
            model.addAttribute("errorText", stale.getMessage());
            return renderEdit(model, page, session, SessionForm.of(session), Map.of());
        }
        flash.addFlashAttribute("successKey", "session.saved");
        return redirect(session.pairId());
    }

    private String render(Model model, PairPage page, SessionForm form, Map<String, String> errors) {
        model.addAttribute("page", page);
        model.addAttribute("planned", planned.open(page.pairId()));
        model.addAttribute("plannable", planned.plannable(page.pairId()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formats", SessionFormat.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "sessions/pair";
    }

    private String renderEdit(
            Model model, PairPage page, SessionView session, SessionForm form, Map<String, String> errors) {
        model.addAttribute("page", page);
        model.addAttribute("session", session);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formats", SessionFormat.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "sessions/edit";
    }

    static String redirect(long pairId) {
        return "redirect:/participant/pairs/" + pairId;
    }

    /** Field errors by field name, several joined, for the templates. */
    static final class FormErrors {

        private FormErrors() {}

        static Map<String, String> of(BindingResult binding) {
            Map<String, String> errors = new LinkedHashMap<>();
            binding.getFieldErrors()
                    .forEach(e ->
                            errors.merge(e.getField(), String.valueOf(e.getDefaultMessage()), (a, b) -> a + "; " + b));
            return errors;
        }

        static Map<String, String> of(List<FieldProblem> problems) {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
            return errors;
        }
    }
}
