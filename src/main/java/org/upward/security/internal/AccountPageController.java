package org.upward.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.security.IssuedInvitation;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.NotFoundException;

/** The admin's page for accounts: who can log in, with which roles, and inviting people. */
@Controller
@RequestMapping("/admin/accounts")
class AccountPageController {

    /** One line of the invitation results: the link, or why none was made. */
    record InvitationOutcome(String email, String inviteUrl, Instant expiresAt, String problem) {}

    private final AccountRoleService roles;
    private final Invitations invitations;

    AccountPageController(AccountRoleService roles, Invitations invitations) {
        this.roles = roles;
        this.invitations = invitations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", roles.all());
        return "security/accounts";
    }

    @PostMapping("/roles")
    String setRoles(
            @RequestParam String email,
            @RequestParam(required = false) Set<Role> roles,
            @AuthenticationPrincipal UpwardUser admin,
            RedirectAttributes flash) {
        try {
            this.roles.setManagedRoles(email, roles == null ? Set.of() : roles, admin.accountId());
            Flash.success("security.notice.rolesSaved", email).after(flash);
        } catch (ConflictException | NotFoundException refused) {
            Flash.problemText(refused.getMessage()).after(flash);
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/invitations")
    String invite(
            @RequestParam(defaultValue = "") String emails, @AuthenticationPrincipal UpwardUser admin, Model model) {
        List<InvitationOutcome> outcomes = new ArrayList<>();
        for (String email : split(emails)) {
            try {
                IssuedInvitation issued = invitations.invite(email, admin.accountId());
                outcomes.add(new InvitationOutcome(issued.email(), issued.inviteUrl(), issued.expiresAt(), null));
            } catch (ConflictException | NotFoundException refused) {
                outcomes.add(new InvitationOutcome(email, null, null, refused.getMessage()));
            }
        }
        model.addAttribute("outcomes", outcomes);
        return list(model);
    }

    private static Set<String> split(String emails) {
        Set<String> unique = new LinkedHashSet<>();
        Arrays.stream(emails.split("[\\s,;]+"))
                .map(String::trim)
                .filter(email -> !email.isEmpty())
                .forEach(unique::add);
        return unique;
    }
}
