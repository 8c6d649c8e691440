package org.upward.sessions.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.UpwardUser;
import org.upward.sessions.CheckInRequest;

@RestController
@Tag(name = "Check-ins", description = "Each partner's pulse once per cadence period")
class CheckInApiController {

    private final CheckIns checkIns;

    CheckInApiController(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @Operation(summary = "Check in on my pair")
    @PostMapping("/api/v1/pairs/{id}/check-ins")
    ResponseEntity<CheckInView> checkIn(
            @PathVariable long id, @Valid @RequestBody CheckInRequest request, @AuthenticationPrincipal UpwardUser by) {
        CheckIns.Answered answered = checkIns.answer(id, request, by);
        return ResponseEntity.status(answered.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(answered.checkIn());
    }
}
