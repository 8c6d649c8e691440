package org.upward.security.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.upward.security.UpwardUser;
import org.upward.shared.Flash;
import org.upward.shared.Paging;

/** The admin's provisioning tokens: create one for an identity provider (shown once), see them, revoke one. */
@Controller
@RequestMapping("/admin/provisioning-tokens")
class ProvisioningTokenPageController {

    record ProvisioningTokenForm(@NotBlank @Size(max = 100) String name) {}

    private final ProvisioningTokenService tokens;

    ProvisioningTokenPageController(ProvisioningTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String show(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(
                "baseUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/scim/v2")
                        .toUriString());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ProvisioningTokenForm(""));
        }
        model.addAttribute("tokens", Paging.shown(page, Paging.DEFAULT_SIZE, tokens::list, found -> found.total()));
        return "security/provisioning-tokens";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ProvisioningTokenForm form,
            BindingResult errors,
            @AuthenticationPrincipal UpwardUser admin,
            Model model) {
        if (errors.hasErrors()) {
            return show(0, model);
        }
        // shown on this answer itself, not through a redirect: a flash attribute would write the token into the
        // session table
        model.addAttribute("issued", tokens.issue(admin.accountId(), form.name()));
        model.addAttribute("form", new ProvisioningTokenForm(""));
        return show(0, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal UpwardUser admin, RedirectAttributes flash) {
        tokens.revoke(admin.accountId(), id);
        Flash.success("provisioning.revoked").after(flash);
        return "redirect:/admin/provisioning-tokens";
    }
}
