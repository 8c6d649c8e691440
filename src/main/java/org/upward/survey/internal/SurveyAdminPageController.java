package org.upward.survey.internal;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.people.People;
import org.upward.program.ProgramService;
import org.upward.shared.Flash;
import org.upward.survey.ItemKind;
import org.upward.survey.SurveyItemRequest;

/**
 * The admin's survey page of a program: waves with response rates, the program's own items, the results
 * and the export. The waves are changed through {@link SurveyWavePageController}.
 */
@Controller
@RequestMapping("/admin/programs/{programId}/surveys")
class SurveyAdminPageController {

    private final SurveyWaveService waves;
    private final SurveyItemCatalog items;
    private final SurveyResultsQuery results;
    private final SurveyExport export;
    private final ProgramService programs;
    private final People directory;
    private final SurveyAdminActions actions;

    SurveyAdminPageController(
            SurveyWaveService waves,
            SurveyItemCatalog items,
            SurveyResultsQuery results,
            SurveyExport export,
            ProgramService programs,
            People directory,
            SurveyAdminActions actions) {
        this.waves = waves;
        this.items = items;
        this.results = results;
        this.export = export;
        this.programs = programs;
        this.directory = directory;
        this.actions = actions;
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

    @PostMapping("/items")
    String addItem(
            @PathVariable long programId,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(required = false) ItemKind kind,
            RedirectAttributes flash) {
        return actions.run(programId, flash, () -> {
            items.add(programId, actions.checked(new SurveyItemRequest(question, kind)));
            return Flash.success("survey.admin.itemAdded");
        });
    }

    @GetMapping("/responses.csv")
    @ResponseBody
    ResponseEntity<String> responses(@PathVariable long programId) {
        return SurveyWaveApiController.csv(programId, export.csv(programId));
    }
}
