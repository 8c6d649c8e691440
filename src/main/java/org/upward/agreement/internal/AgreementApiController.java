package org.upward.agreement.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.upward.agreement.AgreementRequest;
import org.upward.agreement.AgreementView;
import org.upward.security.UpwardUser;

@RestController
@RequestMapping("/api/v1/pairs/{id}/agreement")
@Tag(name = "Agreements", description = "A pair's agreement and goals, confirmed by both partners")
class AgreementApiController {

    record ConfirmRequest(Long version) {}

    private final Agreements agreements;

    AgreementApiController(Agreements agreements) {
        this.agreements = agreements;
    }

    @Operation(
            summary = "The pair's agreement and goals (the two partners, admins)",
            description = "Before it is first saved: the program's template, version 0.")
    @GetMapping
    AgreementView get(@PathVariable long id, @AuthenticationPrincipal UpwardUser user) {
        return agreements.get(id, user);
    }

    @Operation(
            summary = "Write the pair's agreement and its one to three goals (a partner)",
            description = "Send the version read (0 for the first save): a stale one is a 409. Any change to the"
                    + " text or the goals clears confirmedBy.")
    @PutMapping
    AgreementView put(
            @PathVariable long id, @RequestBody AgreementRequest request, @AuthenticationPrincipal UpwardUser user) {
        return agreements.write(id, request, user);
    }

    @Operation(summary = "Confirm the current version of the agreement (a partner)")
    @PostMapping("/confirm")
    AgreementView confirm(
            @PathVariable long id,
            @RequestBody(required = false) ConfirmRequest request,
            @AuthenticationPrincipal UpwardUser user) {
        return agreements.confirm(id, request == null ? null : request.version(), user);
    }
}
