package org.upward.security.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.security.UpwardUser;
import org.upward.shared.Flash;

/** The admin's single sign-on page: require it for everyone but the break-glass admins. */
@Controller
@RequestMapping("/admin/sso")
class SsoPageController {

    private final SingleSignOn sso;
    private final PasswordLoginPolicy policy;

    SsoPageController(SingleSignOn sso, PasswordLoginPolicy policy) {
        this.sso = sso;
        this.policy = policy;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("configured", sso.isConfigured());
        model.addAttribute("provider", sso.providerName());
        model.addAttribute("required", policy.requiresSso());
        model.addAttribute("admins", policy.breakGlassCandidates());
        return "security/sso";
    }

    @PostMapping("/require")
    String require(
            @RequestParam boolean required, @AuthenticationPrincipal UpwardUser admin, RedirectAttributes flash) {
        try {
            policy.requireSso(required, admin.accountId());
            Flash.success(required ? "sso.admin.requiredOn" : "sso.admin.requiredOff")
                    .after(flash);
        } catch (SsoPolicyConflict refused) {
            Flash.problem(refused.messageKey()).after(flash);
        }
        return "redirect:/admin/sso";
    }

    @PostMapping("/break-glass")
    String breakGlass(@RequestParam String email, @RequestParam boolean breakGlass, RedirectAttributes flash) {
        try {
            policy.setBreakGlass(email, breakGlass);
            Flash.success("sso.admin.breakGlassSaved").after(flash);
        } catch (SsoPolicyConflict refused) {
            Flash.problem(refused.messageKey()).after(flash);
        }
        return "redirect:/admin/sso";
    }
}
