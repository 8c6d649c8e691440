package org.upward.security.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.security.UpwardUser;
import org.upward.shared.Flash;
import org.upward.shared.FormErrors;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

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
        return page(HttpStatus.OK).addObject("form", PasswordForm.empty());
    }

    @PostMapping
    ModelAndView change(
            @ModelAttribute("form") PasswordForm form,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser user,
            HttpSession session,
            RedirectAttributes flash) {
        if (!form.confirmed()) {
            binding.rejectValue("confirmation", "mismatch", UiText.of("security.invitation.error.mismatch"));
            return page(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            accounts.changePassword(user.accountId(), form.currentPassword(), form.newPassword());
        } catch (InvalidFieldException refused) {
            FormErrors.reject(binding, refused);
            return page(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        // whoever else is signed in with the old password is signed out; this browser stays
        sessions.endAllBut(user.email(), session.getId());
        Flash.success("security.password.changed").after(flash);
        return new ModelAndView("redirect:/account/password");
    }

    /** The form and its field errors come from the model; the typed passwords are never shown again. */
    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("security/password");
        page.addObject("minLength", PasswordPolicy.MIN_LENGTH);
        page.setStatus(status);
        return page;
    }
}
