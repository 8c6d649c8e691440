package org.upward.pairing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.upward.pairing.FitAnswer;
import org.upward.pairing.internal.FitCheckService.FitCheckView;
import org.upward.security.UpwardUser;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pairing", description = "Optimal, explained pairing; review, manual pairs, flags and swaps")
class FitCheckApiController {

    record FitCheckRequest(@NotNull FitAnswer answer, @Size(max = FitCheckService.MAX_NOTE) String note) {}

    private final FitCheckService fitChecks;

    FitCheckApiController(FitCheckService fitChecks) {
        this.fitChecks = fitChecks;
    }

    @Operation(
            summary = "Answer the fit check after the intro chat (a partner)",
            description = "Answering says the intro chat took place. Two GOOD_FIT make the pair ACTIVE; NOT_A_FIT"
                    + " alerts the admins. The answer shows the caller's own answer only.")
    @PostMapping("/pairs/{id}/fit-check")
    FitCheckView answer(
            @PathVariable long id,
            @Valid @RequestBody FitCheckRequest request,
            @AuthenticationPrincipal UpwardUser user) {
        return fitChecks.answer(id, user, request.answer(), request.note());
    }
}
