package org.upward.survey.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.people.People;
import org.upward.program.ProgramService;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;
import org.upward.survey.ItemKind;
import org.upward.survey.SurveyItemRequest;
import org.upward.survey.WaveView;

/** The admin's survey page of a program: waves, dates, comparison group, response rates, reminders, export. */
@Controller
@RequestMapping("/admin/programs/{programId}/surveys")
class SurveyAdminPageController {

    private final SurveyWaveService waves;
    private final SurveyItemCatalog items;
    private final SurveyReminders reminders;
    private final SurveyResultsQuery results;
    private final SurveyExport export;
    private final ProgramService programs;
    private final People directory;
    private final Validator validator;
    private final MessageSource messages;

    SurveyAdminPageController(
            SurveyWaveService waves,
            SurveyItemCatalog items,
            SurveyReminders reminders,
            SurveyResultsQuery results,
            SurveyExport export,
            ProgramService programs,
            People directory,
            Validator validator,
            MessageSource messages) {
        this.waves = waves;
        this.items = items;
        this.reminders = reminders;
        this.results = results;
        this.export = export;
        this.programs = programs;
        this.directory = directory;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable long programId, Model model) {
        List<WaveView> all = waves.list(programId);
        model.addAttribute("program", programs.get(programId));
        model.addAttribute("waves", all);
        model.addAttribute(
                "missingStandard", SurveyWaveService.STANDARD.stream().anyMatch(name -> all.stream()
                        .noneMatch(w -> w.wave().equals(name))));
        model.addAttribute("items", items.list(programId));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("results", results.of(programId));
        model.addAttribute("departments", directory.departments());
        return "survey/admin";
    }

    @PostMapping("/standard-waves")
    String standard(@PathVariable long programId, RedirectAttributes flash) {
        return act(
                programId,
                flash,
                () -> text(
                        "survey.admin.standardAdded",
                        waves.addStandardWaves(programId).size()));
    }

    @PostMapping("/waves")
    String schedule(@PathVariable long programId, @ModelAttribute WaveForm form, RedirectAttributes flash) {
        return act(programId, flash, () -> {
            WaveView wave = waves.schedule(programId, checked(form.toRequest()));
            return text("survey.admin.scheduled", wave.wave());
        });
    }

    @PostMapping("/waves/{waveId}")
    String reschedule(
            @PathVariable long programId,
            @PathVariable long waveId,
            @ModelAttribute WaveForm form,
            RedirectAttributes flash) {
        WaveForm withoutGroup = new WaveForm(form.wave(), form.opensOn(), form.closesOn(), null);
        return act(programId, flash, () -> {
            WaveView wave = waves.update(programId, waveId, checked(withoutGroup.toRequest()));
            return text("survey.admin.saved", wave.wave());
        });
    }

    @PostMapping("/waves/{waveId}/comparison-group")
    String addComparison(
            @PathVariable long programId,
            @PathVariable long waveId,
            @RequestParam(defaultValue = "") String emails,
            @RequestParam(defaultValue = "") String department,
            RedirectAttributes flash) {
        return act(programId, flash, () -> {
            List<String> people = new ArrayList<>(WaveForm.emails(emails));
            if (!department.isBlank()) {
                people.addAll(directory.emailsInDepartment(department, 5000));
            }
            if (people.isEmpty()) {
                throw new InvalidFieldException(
                        "comparisonGroup", UiText.of("survey.error.giveEmailsOrChooseADepartment"));
            }
            return text("survey.admin.added", waves.addToComparisonGroup(programId, waveId, people));
        });
    }

    @PostMapping("/waves/{waveId}/reminders")
    String remind(@PathVariable long programId, @PathVariable long waveId, RedirectAttributes flash) {
        return act(
                programId,
                flash,
                () -> text("survey.admin.reminded", reminders.remindNonResponders(programId, waveId)));
    }

    @PostMapping("/items")
    String addItem(
            @PathVariable long programId,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(required = false) ItemKind kind,
            RedirectAttributes flash) {
        return act(programId, flash, () -> {
            items.add(programId, checked(new SurveyItemRequest(question, kind)));
            return text("survey.admin.itemAdded");
        });
    }

    @GetMapping("/responses.csv")
    @ResponseBody
    ResponseEntity<String> responses(@PathVariable long programId) {
        return SurveyWaveApiController.csv(programId, export.csv(programId));
    }

    /** Runs an admin action and flashes its outcome, or the refusal in words, on the survey page. */
    private String act(long programId, RedirectAttributes flash, Supplier<Map.Entry<String, Object[]>> action) {
        try {
            Map.Entry<String, Object[]> done = action.get();
            flash.addFlashAttribute(
                    "successText",
                    messages.getMessage(done.getKey(), done.getValue(), LocaleContextHolder.getLocale()));
        } catch (InvalidFieldsException invalid) {
            flash.addFlashAttribute("errorText", describe(invalid.problems()));
        } catch (InvalidFieldException invalid) {
            flash.addFlashAttribute(
                    "errorText", describe(List.of(new FieldProblem(invalid.field(), invalid.getMessage()))));
        } catch (ConflictException refused) {
            flash.addFlashAttribute("errorText", refused.getMessage());
        }
        return "redirect:/admin/programs/" + programId + "/surveys";
    }

    private <T> T checked(T request) {
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
        return request;
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining(". ")) + ".";
    }

    private static Map.Entry<String, Object[]> text(String key, Object... args) {
        return Map.entry(key, args);
    }
}
