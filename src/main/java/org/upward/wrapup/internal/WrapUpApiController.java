package org.upward.wrapup.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.UpwardUser;
import org.upward.wrapup.WrapUpSummary;
import org.upward.wrapup.WrapUpView;

@RestController
@Tag(name = "Wrap-ups", description = "How a pair looks back once its program is completed or it closed early")
class WrapUpApiController {

    private final WrapUpService wrapUps;

    WrapUpApiController(WrapUpService wrapUps) {
        this.wrapUps = wrapUps;
    }

    @Operation(
            summary = "The caller's own wrap-up of the pair, and whether the partner answered (a partner; admins:"
                    + " how many answered)",
            description = "Never the partner's answers.")
    @GetMapping("/api/v1/pairs/{id}/wrap-up")
    WrapUpView get(@PathVariable long id, @AuthenticationPrincipal UpwardUser user) {
        return wrapUps.get(id, user);
    }

    @Operation(
            summary = "Answer or change the caller's own wrap-up (a partner)",
            description = "A rating for every goal of the agreement and a recommendation; 409 before it is due and"
                    + " once it closed, 30 days after it was due.")
    @PutMapping("/api/v1/pairs/{id}/wrap-up")
    WrapUpView put(
            @PathVariable long id, @RequestBody WrapUpRequest request, @AuthenticationPrincipal UpwardUser user) {
        return wrapUps.write(id, request, user);
    }

    @Operation(
            summary = "A program's wrap-ups in aggregate (admins, executives)",
            description = "Goal attainment and would-recommend shares; all withheld, with the reason, while fewer"
                    + " than five people answered.")
    @GetMapping("/api/v1/programs/{id}/wrap-ups/summary")
    WrapUpSummary summary(@PathVariable long id) {
        return wrapUps.summary(id);
    }
}
