package org.upward.survey.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.UpwardUser;
import org.upward.survey.SurveyResponseRequest;
import org.upward.survey.SurveyToAnswer;

@RestController
@Tag(
        name = "Survey answers",
        description = "Answering a wave, anonymously, by a participant or comparison-group member")
class SurveyResponseApiController {

    private final SurveyAnswers answers;
    private final OpenSurveys toAnswer;

    SurveyResponseApiController(SurveyAnswers answers, OpenSurveys toAnswer) {
        this.answers = answers;
        this.toAnswer = toAnswer;
    }

    @Operation(summary = "Answer a survey wave")
    @PostMapping("/api/v1/programs/{programId}/surveys/{wave}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    SurveySubmitted answer(
            @PathVariable long programId,
            @PathVariable String wave,
            @Valid @RequestBody SurveyResponseRequest request,
            @AuthenticationPrincipal UpwardUser by) {
        return answers.answer(programId, wave, request, by);
    }

    @Operation(summary = "List the surveys I may answer now")
    @GetMapping("/api/v1/surveys/open")
    List<SurveyToAnswer> open(@AuthenticationPrincipal UpwardUser me) {
        return toAnswer.of(me.email());
    }
}
