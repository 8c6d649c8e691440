package org.upward.assessment.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.assessment.AssessmentPhase;
import org.upward.assessment.WindowRequest;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@RequestMapping("/api/v1/programs/{id}")
@Tag(name = "Assessment windows", description = "PRE and POST skill assessment windows, response rates, reminders")
class AssessmentWindowApiController {

    private final AssessmentWindowService windows;
    private final AssessmentAnswers answers;

    AssessmentWindowApiController(AssessmentWindowService windows, AssessmentAnswers answers) {
        this.windows = windows;
        this.answers = answers;
    }

    @Operation(summary = "List a program's assessment windows")
    @GetMapping("/assessment-windows")
    PageView<WindowView> list(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return Paging.slice(windows.list(id), page, size);
    }

    @Operation(summary = "Open an assessment window")
    @PostMapping("/assessment-windows")
    @ResponseStatus(HttpStatus.CREATED)
    WindowView open(@PathVariable long id, @RequestBody WindowRequest request) {
        return windows.openAndView(id, request);
    }

    @Operation(summary = "Change an assessment window")
    @PutMapping("/assessment-windows/{phase}")
    WindowView change(@PathVariable long id, @PathVariable AssessmentPhase phase, @RequestBody WindowRequest request) {
        return windows.change(id, phase, request);
    }

    @Operation(summary = "Remind those who have not answered an assessment")
    @PostMapping("/assessment-windows/{phase}/reminders")
    Map<String, Integer> remind(@PathVariable long id, @PathVariable AssessmentPhase phase) {
        return Map.of("reminded", windows.remindNonResponders(id, phase));
    }

    /** Every individual answer, for admins: self-assessments and partner ratings, flagged by {@code self}. */
    @Operation(summary = "List a program's assessment answers")
    @GetMapping("/assessments")
    PageView<AnswerRow> answers(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return Paging.slice(answers.all(id), page, size);
    }
}
