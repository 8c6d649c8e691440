package org.upward.security.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.security.UpwardUser;
import org.upward.shared.Flash;
import org.upward.shared.InvalidFieldException;

/** Where anyone signed in changes their own password. */
@Controller
@RequestMapping("/account/password")
class PasswordPageController {

    private final Accounts accounts;
    private final SignedInSessions sessions;

    PasswordPageController(Accounts accounts, SignedInSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GetMapping
    ModelAndView form() {
        return page(null, null, HttpStatus.OK);
    }

    @PostMapping
    ModelAndView change(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmation,
            @AuthenticationPrincipal UpwardUser user,
            HttpSession session,
            RedirectAttributes flash) {
        if (!newPassword.equals(confirmation)) {
            return page("confirmation", null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            accounts.changePassword(user.accountId(), currentPassword, newPassword);
        } catch (InvalidFieldException refused) {
            return page(refused.field(), refused.getMessage(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        // whoever else is signed in with the old password is signed out; this browser stays
        sessions.endAllBut(user.email(), session.getId());
        Flash.success("password.changed").after(flash);
        return new ModelAndView("redirect:/account/password");
    }

    private static ModelAndView page(String errorField, String errorText, HttpStatus status) {
        ModelAndView page = new ModelAndView("security/password");
        page.addObject("minLength", PasswordPolicy.MIN_LENGTH);
        page.addObject("errorField", errorField);
        page.addObject("fieldErrorText", errorText);
        page.setStatus(status);
        return page;
    }
}
