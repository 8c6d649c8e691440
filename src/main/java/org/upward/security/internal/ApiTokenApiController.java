package org.upward.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.UpwardUser;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "Bearer tokens for integrations; each caller manages their own")
class ApiTokenApiController {

    record NewTokenRequest(@NotBlank @Size(max = 100) String name) {}

    private final ApiTokenService tokens;

    ApiTokenApiController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Operation(summary = "Create an API token")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedApiToken create(@AuthenticationPrincipal UpwardUser user, @Valid @RequestBody NewTokenRequest request) {
        return tokens.issue(user.accountId(), request.name());
    }

    @Operation(summary = "List my API tokens")
    @GetMapping
    List<ApiTokenView> list(@AuthenticationPrincipal UpwardUser user) {
        return tokens.listOwn(user.accountId());
    }

    @Operation(summary = "Revoke one of my API tokens")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal UpwardUser user, @PathVariable long id) {
        tokens.revokeOwn(user.accountId(), id);
    }
}
