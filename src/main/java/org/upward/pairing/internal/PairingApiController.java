package org.upward.pairing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.pairing.PairView;
import org.upward.pairing.RunRequest;
import org.upward.security.UpwardUser;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pairing", description = "Optimal, explained pairing; review, manual pairs, flags and swaps")
class PairingApiController {

    record ManualPairRequest(@NotBlank String mentorEmail, @NotBlank String menteeEmail) {}

    record SwapRequest(@NotBlank @Size(max = 1000) String reason) {}

    record FlagRequest(@Size(max = 1000) String note) {}

    private final PairingService pairing;
    private final PairingRunner runner;
    private final PairingPreviews previews;
    private final PairReview review;
    private final PairSwaps swaps;
    private final ManualPairs manual;

    PairingApiController(
            PairingService pairing,
            PairingRunner runner,
            PairingPreviews previews,
            PairReview review,
            PairSwaps swaps,
            ManualPairs manual) {
        this.pairing = pairing;
        this.runner = runner;
        this.previews = previews;
        this.review = review;
        this.swaps = swaps;
        this.manual = manual;
    }

    @Operation(summary = "Run pairing for a program")
    @PostMapping("/programs/{id}/pairing-runs")
    RunView run(
            @PathVariable long id, @Valid @RequestBody RunRequest request, @AuthenticationPrincipal UpwardUser admin) {
        return runner.runAndView(id, request, admin.accountId());
    }

    @Operation(summary = "List a program's pairs")
    @GetMapping("/programs/{id}/pairs")
    PageView<PairView> pairs(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal UpwardUser viewer) {
        return Paging.slice(pairing.pairs(id, viewer), page, size);
    }

    @Operation(summary = "List candidate mentors for a mentee")
    @GetMapping("/programs/{id}/pairing/candidates")
    List<CandidateView> candidates(@PathVariable long id, @RequestParam String menteeEmail) {
        return previews.candidates(id, menteeEmail);
    }

    @Operation(summary = "Pair a mentor and a mentee by hand")
    @PostMapping("/programs/{id}/pairs")
    @ResponseStatus(HttpStatus.CREATED)
    PairView pairByHand(@PathVariable long id, @Valid @RequestBody ManualPairRequest request) {
        return manual.pairByHand(id, request.mentorEmail(), request.menteeEmail());
    }

    @Operation(summary = "Approve a proposed pair")
    @PostMapping("/pairs/{id}/approve")
    PairView approve(@PathVariable long id) {
        return review.approve(id);
    }

    @Operation(summary = "Reject a proposed pair")
    @PostMapping("/pairs/{id}/reject")
    PairView reject(@PathVariable long id) {
        return review.reject(id);
    }

    @Operation(summary = "Activate an approved pair")
    @PostMapping("/pairs/{id}/activate")
    PairView activate(@PathVariable long id) {
        return review.activate(id);
    }

    @Operation(summary = "Flag a pair for an admin's attention")
    @PostMapping("/pairs/{id}/flag")
    PairView flag(
            @PathVariable long id,
            @Valid @RequestBody(required = false) FlagRequest request,
            @AuthenticationPrincipal UpwardUser user) {
        return review.flag(id, user, request == null ? null : request.note());
    }

    @Operation(summary = "Swap a pair's partners")
    @PostMapping("/pairs/{id}/swap")
    List<PairView> swap(@PathVariable long id, @Valid @RequestBody SwapRequest request) {
        return swaps.swap(id, request.reason());
    }
}
