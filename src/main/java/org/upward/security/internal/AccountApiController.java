package org.upward.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.IssuedInvitation;
import org.upward.security.Role;
import org.upward.security.UpwardUser;

@RestController
@Tag(name = "Accounts", description = "Invitations and the roles an admin manages")
class AccountApiController {

    record RolesRequest(@NotNull Set<Role> roles) {}

    record PasswordRequest(@NotBlank String password) {}

    private final Invitations invitations;
    private final AccountRoleService roles;

    AccountApiController(Invitations invitations, AccountRoleService roles) {
        this.invitations = invitations;
        this.roles = roles;
    }

    @Operation(summary = "Invite a person to set a password")
    @PostMapping("/api/v1/people/{email}/invitation")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedInvitation invite(@PathVariable String email, @AuthenticationPrincipal UpwardUser admin) {
        return invitations.invite(email, admin.accountId());
    }

    @Operation(summary = "Set a person's roles")
    @PutMapping("/api/v1/people/{email}/roles")
    AccountRoleService.AccountSummary setRoles(
            @PathVariable String email,
            @Valid @RequestBody RolesRequest request,
            @AuthenticationPrincipal UpwardUser admin) {
        return roles.setManagedRoles(email, request.roles(), admin.accountId());
    }

    @Operation(summary = "Accept an invitation and set a password")
    @SecurityRequirements
    @PostMapping("/api/v1/invitations/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void accept(@PathVariable String token, @Valid @RequestBody PasswordRequest request) {
        invitations.accept(token, request.password());
    }
}
