package org.upward.pairing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.pairing.PairView;
import org.upward.security.UpwardUser;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Participant choice", description = "Mentees ask a mentor, the mentor answers, the admin confirms")
class ChoiceApiController {

    record PairRequestBody(@NotBlank String mentorEmail) {}

    private final ParticipantChoice choice;
    private final ChoiceDecisions decisions;

    ChoiceApiController(ParticipantChoice choice, ChoiceDecisions decisions) {
        this.choice = choice;
        this.decisions = decisions;
    }

    @Operation(summary = "List the mentors I may ask")
    @GetMapping("/programs/{id}/pairing/options")
    List<CandidateView> options(@PathVariable long id, @AuthenticationPrincipal UpwardUser me) {
        return choice.options(id, me.email());
    }

    @Operation(summary = "Ask a mentor to pair with me")
    @PostMapping("/programs/{id}/pair-requests")
    @ResponseStatus(HttpStatus.CREATED)
    PairRequestView request(
            @PathVariable long id, @Valid @RequestBody PairRequestBody body, @AuthenticationPrincipal UpwardUser me) {
        return choice.request(id, me.email(), body.mentorEmail());
    }

    @Operation(summary = "List my pair requests in a program")
    @GetMapping("/programs/{id}/pair-requests")
    List<PairRequestView> requests(@PathVariable long id, @AuthenticationPrincipal UpwardUser me) {
        return choice.requests(id, me);
    }

    @Operation(summary = "Accept a mentee's pair request")
    @PostMapping("/pair-requests/{id}/accept")
    PairRequestView accept(@PathVariable long id, @AuthenticationPrincipal UpwardUser me) {
        return decisions.accept(id, me);
    }

    @Operation(summary = "Decline a mentee's pair request")
    @PostMapping("/pair-requests/{id}/decline")
    PairRequestView decline(@PathVariable long id, @AuthenticationPrincipal UpwardUser me) {
        return decisions.decline(id, me);
    }

    @Operation(summary = "Confirm an accepted pair request")
    @PostMapping("/pair-requests/{id}/confirm")
    PairView confirm(@PathVariable long id) {
        return decisions.confirm(id);
    }
}
