package org.upward.survey.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.people.People;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/** The admin's changes to a program's survey waves: schedule them, their dates, comparison group, reminders. */
@Controller
@RequestMapping("/admin/programs/{programId}/surveys")
class SurveyWavePageController {

    private final SurveyWaveService waves;
    private final SurveyReminders reminders;
    private final People directory;
    private final SurveyAdminActions actions;

    SurveyWavePageController(
            SurveyWaveService waves, SurveyReminders reminders, People directory, SurveyAdminActions actions) {
        this.waves = waves;
        this.reminders = reminders;
        this.directory = directory;
        this.actions = actions;
    }

    @PostMapping("/standard-waves")
    String standard(@PathVariable long programId, RedirectAttributes flash) {
        return actions.run(
                programId,
                flash,
                () -> Flash.success(
                        "survey.admin.standardAdded",
                        waves.addStandardWaves(programId).size()));
    }

    @PostMapping("/waves")
    String schedule(@PathVariable long programId, @ModelAttribute WaveForm form, RedirectAttributes flash) {
        return actions.run(programId, flash, () -> {
            WaveView wave = waves.scheduleAndView(programId, actions.checked(form.toRequest()));
            return Flash.success("survey.admin.scheduled", wave.wave());
        });
    }

    @PostMapping("/waves/{waveId}")
    String reschedule(
            @PathVariable long programId,
            @PathVariable long waveId,
            @ModelAttribute WaveForm form,
            RedirectAttributes flash) {
        WaveForm withoutGroup = new WaveForm(form.wave(), form.opensOn(), form.closesOn(), null);
        return actions.run(programId, flash, () -> {
            WaveView wave = waves.update(programId, waveId, actions.checked(withoutGroup.toRequest()));
            return Flash.success("survey.admin.saved", wave.wave());
        });
    }

    @PostMapping("/waves/{waveId}/comparison-group")
    String addComparison(
            @PathVariable long programId,
            @PathVariable long waveId,
            @RequestParam(defaultValue = "") String emails,
            @RequestParam(defaultValue = "") String department,
            RedirectAttributes flash) {
        return actions.run(programId, flash, () -> {
            List<String> people = new ArrayList<>(WaveForm.emails(emails));
            if (!department.isBlank()) {
                people.addAll(directory.emailsInDepartment(department, 5000));
            }
            if (people.isEmpty()) {
                throw new InvalidFieldException(
                        "comparisonGroup", UiText.of("survey.error.giveEmailsOrChooseADepartment"));
            }
            return Flash.success("survey.admin.added", waves.addToComparisonGroup(programId, waveId, people));
        });
    }

    @PostMapping("/waves/{waveId}/reminders")
    String remind(@PathVariable long programId, @PathVariable long waveId, RedirectAttributes flash) {
        return actions.run(
                programId,
                flash,
                () -> Flash.success("survey.admin.reminded", reminders.remindNonResponders(programId, waveId)));
    }
}
