package org.upward.survey.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.shared.PageView;
import org.upward.shared.Paging;
import org.upward.survey.SurveyItemRequest;
import org.upward.survey.SurveyItemView;
import org.upward.survey.WaveRequest;
import org.upward.survey.WaveResults;

@RestController
@RequestMapping("/api/v1/programs/{programId}")
@Tag(
        name = "Surveys",
        description = "Survey waves, custom items, reminders, aggregate results and the anonymised export")
class SurveyWaveApiController {

    private final SurveyWaveService waves;
    private final SurveyItemCatalog items;
    private final SurveyReminders reminders;
    private final SurveyResultsQuery results;
    private final SurveyExport export;

    SurveyWaveApiController(
            SurveyWaveService waves,
            SurveyItemCatalog items,
            SurveyReminders reminders,
            SurveyResultsQuery results,
            SurveyExport export) {
        this.waves = waves;
        this.items = items;
        this.reminders = reminders;
        this.results = results;
        this.export = export;
    }

    @Operation(summary = "List a program's survey waves")
    @GetMapping("/survey-waves")
    PageView<WaveView> list(
            @PathVariable long programId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return Paging.slice(waves.list(programId), page, size);
    }

    @Operation(summary = "Schedule a survey wave")
    @PostMapping("/survey-waves")
    @ResponseStatus(HttpStatus.CREATED)
    WaveView schedule(@PathVariable long programId, @Valid @RequestBody WaveRequest request) {
        return waves.scheduleAndView(programId, request);
    }

    @Operation(summary = "Change a survey wave")
    @PutMapping("/survey-waves/{waveId}")
    WaveView update(@PathVariable long programId, @PathVariable long waveId, @Valid @RequestBody WaveRequest request) {
        return waves.update(programId, waveId, request);
    }

    @Operation(summary = "Schedule the standard survey waves")
    @PostMapping("/survey-waves/standard")
    List<WaveView> standard(@PathVariable long programId) {
        return waves.addStandardWaves(programId);
    }

    @Operation(summary = "Remind those who have not answered a survey wave")
    @PostMapping("/survey-waves/{waveId}/reminders")
    Map<String, Integer> remind(@PathVariable long programId, @PathVariable long waveId) {
        return Map.of("reminded", reminders.remindNonResponders(programId, waveId));
    }

    @Operation(summary = "List a program's custom survey items")
    @GetMapping("/survey-items")
    List<SurveyItemView> items(@PathVariable long programId) {
        return items.list(programId);
    }

    @Operation(summary = "Add a custom survey item")
    @PostMapping("/survey-items")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyItemView addItem(@PathVariable long programId, @Valid @RequestBody SurveyItemRequest request) {
        return items.add(programId, request);
    }

    @Operation(summary = "Show a program's survey results")
    @GetMapping("/surveys/results")
    List<WaveResults> results(@PathVariable long programId) {
        return results.of(programId);
    }

    @Operation(summary = "Export the anonymised survey responses as CSV")
    @GetMapping(value = "/surveys/responses.csv", produces = "text/csv")
    ResponseEntity<String> responses(@PathVariable long programId) {
        return csv(programId, export.csv(programId));
    }

    static ResponseEntity<String> csv(long programId, String body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"survey-responses-program-" + programId + ".csv\"")
                .body(body);
    }
}
