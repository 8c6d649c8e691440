package org.upward.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.Role;
import org.upward.security.UpwardUser;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Me", description = "Who is calling")
class MeApiController {

    record Me(String email, String name, List<Role> roles) {}

    record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {}

    private final Accounts accounts;
    private final SignedInSessions sessions;

    MeApiController(Accounts accounts, SignedInSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Operation(summary = "Show who I am")
    @GetMapping("/me")
    Me me(@AuthenticationPrincipal UpwardUser user) {
        return new Me(user.email(), user.name(), user.roles().stream().sorted().toList());
    }

    /**
     * Changes the caller's own password and ends all their page sessions; 422 when the current one is
     * wrong or the new one is weak.
     */
    @Operation(summary = "Change my password")
    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal UpwardUser user, @Valid @RequestBody PasswordChange change) {
        accounts.changePassword(user.accountId(), change.currentPassword(), change.newPassword());
        sessions.endAllBut(user.email(), null);
    }
}
