package org.upward.sessions.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.upward.shared.Flash;
import org.upward.shared.FormErrors;
import org.upward.shared.InvalidFieldsException;

/** A partner's pair page: the shared session log, logging with feedback, and the check-in. */
@Controller
class ParticipantPairPageController {

    private final PairPages pages;
    private final PairPageLog pageLog;
    private final SessionLog sessions;
    private final PlannedSessions planned;
    private final PairPageSections sections;
    private final Clock clock;

    ParticipantPairPageController(
            PairPages pages,
            PairPageLog pageLog,
            SessionLog sessions,
            PlannedSessions planned,
            PairPageSections sections,
            Clock clock) {
        this.pages = pages;
        this.pageLog = pageLog;
        this.sessions = sessions;
        this.planned = planned;
        this.sections = sections;
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
        return render(model, page, form, Map.of(), me);
    }

    /** One call logs the session, the logger's feedback and the planned meeting it came from: all or nothing. */
    @PostMapping("/participant/pairs/{pairId}/sessions")
    String log(
            @PathVariable long pairId,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            @RequestParam(required = false) Long plannedId,
            @AuthenticationPrincipal UpwardUser me,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                pageLog.log(pairId, form.toRequest(), form.feedback(), plannedId, me);
                Flash.success("sessions.logged").after(redirect);
                return redirect(pairId);
            } catch (InvalidFieldsException invalid) {
                FormErrors.reject(binding, invalid);
            } catch (ConflictException refused) {
                Flash.problemText(refused.getMessage()).after(redirect);
                return redirect(pairId);
            }
        }
        PairPage page = pages.page(pairId, me);
        if (plannedId != null) {
            model.addAttribute("fromPlan", planned.get(pairId, plannedId, me));
        }
        return render(model, page, form, refused(binding, model), me);
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
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long pairId = pageLog.edit(id, form.toRequest(), me).pairId();
                Flash.success("sessions.saved").after(redirect);
                return redirect(pairId);
            } catch (InvalidFieldsException invalid) {
                FormErrors.reject(binding, invalid);
            } catch (ConflictException stale) {
                SessionView current = sessions.get(id, me);
                Flash.problemText(stale.getMessage()).on(model);
                return renderEdit(model, pages.page(current.pairId(), me), current, SessionForm.of(current), Map.of());
            }
        }
        SessionView session = sessions.get(id, me);
        return renderEdit(model, pages.page(session.pairId(), me), session, form, refused(binding, model));
    }

    private String render(Model model, PairPage page, SessionForm form, Map<String, String> errors, UpwardUser me) {
        model.addAttribute("page", page);
        sections.addTo(model, page.pairId(), me);
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

    /**
     * The refused form's field errors by field name (several joined) for the templates, and its page messages: that
     * the fields need a look, and any refusal that names no field of the form.
     */
    private static Map<String, String> refused(BindingResult binding, Model model) {
        Flash.problem("sessions.log.invalid").on(model);
        binding.getGlobalErrors().forEach(e -> Flash.problemText(String.valueOf(e.getDefaultMessage()))
                .on(model));
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors()
                .forEach(
                        e -> errors.merge(e.getField(), String.valueOf(e.getDefaultMessage()), (a, b) -> a + "; " + b));
        return errors;
    }
}
