package org.upward.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.UpwardUser;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@RequestMapping("/api/v1/provisioning-tokens")
@Tag(name = "Provisioning tokens", description = "Bearer tokens for an identity provider's SCIM provisioning (admins)")
class ProvisioningTokenApiController {

    record NewProvisioningTokenRequest(@NotBlank @Size(max = 100) String name) {}

    private final ProvisioningTokenService tokens;

    ProvisioningTokenApiController(ProvisioningTokenService tokens) {
        this.tokens = tokens;
    }

    @Operation(summary = "Create a provisioning token (shown once)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedProvisioningToken create(
            @AuthenticationPrincipal UpwardUser admin, @Valid @RequestBody NewProvisioningTokenRequest request) {
        return tokens.issue(admin.accountId(), request.name());
    }

    @Operation(summary = "List the live provisioning tokens")
    @GetMapping
    PageView<ProvisioningTokenView> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return tokens.list(Paging.request(page, size));
    }

    @Operation(summary = "Revoke a provisioning token")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal UpwardUser admin, @PathVariable long id) {
        tokens.revoke(admin.accountId(), id);
    }
}
