package org.upward.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPageController {

    private final boolean demo;
    private final SingleSignOn sso;
    private final String helpContact;

    LoginPageController(
            @Value("${upward.demo.enabled:false}") boolean demo,
            SingleSignOn sso,
            @Value("${upward.sso.help-contact:}") String helpContact) {
        this.demo = demo;
        this.sso = sso;
        this.helpContact = helpContact.strip();
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        model.addAttribute("ssoConfigured", sso.isConfigured());
        model.addAttribute("ssoProvider", sso.providerName());
        model.addAttribute("ssoLoginUrl", sso.loginUrl());
        return "login";
    }

    /** Reached only by forward from a refused single sign-on (see {@link SsoLoginFailureHandler}). */
    @GetMapping(SsoLoginFailureHandler.REFUSED_PAGE)
    String ssoRefused(HttpServletRequest request, Model model) {
        Object reason = request.getAttribute(SsoLoginFailureHandler.REASON_ATTRIBUTE);
        model.addAttribute("unverified", reason == SsoLoginRefusedException.Reason.UNVERIFIED_EMAIL);
        model.addAttribute("left", reason == SsoLoginRefusedException.Reason.LEFT_COMPANY);
        model.addAttribute("email", request.getAttribute(SsoLoginFailureHandler.EMAIL_ATTRIBUTE));
        model.addAttribute("ssoProvider", sso.providerName());
        model.addAttribute("helpContact", helpContact);
        return "security/sso-refused";
    }
}
