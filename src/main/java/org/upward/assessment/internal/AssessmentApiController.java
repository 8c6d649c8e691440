package org.upward.assessment.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.UpwardUser;

@RestController
@RequestMapping("/api/v1/programs/{id}/assessments")
@Tag(name = "Assessments", description = "A participant's own skill self-assessment (and partner rating)")
class AssessmentApiController {

    private final Assessments assessments;

    AssessmentApiController(Assessments assessments) {
        this.assessments = assessments;
    }

    @Operation(summary = "Answer my skill assessment")
    @PostMapping
    PhaseAnswers answer(
            @PathVariable long id, @RequestBody AnswerRequest request, @AuthenticationPrincipal UpwardUser by) {
        return assessments.answer(id, request, by);
    }

    @Operation(summary = "Show my assessments in a program")
    @GetMapping("/mine")
    MyAssessments mine(@PathVariable long id, @AuthenticationPrincipal UpwardUser by) {
        return assessments.mine(id, by);
    }
}
