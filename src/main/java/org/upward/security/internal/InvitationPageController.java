package org.upward.security.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.upward.shared.FormErrors;
import org.upward.shared.GoneException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/** Where an invited person lands from their link and chooses a password. */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationPageController {

    private final Invitations invitations;

    InvitationPageController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    ModelAndView show(@PathVariable String token) {
        try {
            return form(token, invitations.emailOfUsable(token), HttpStatus.OK)
                    .addObject("form", InvitationForm.empty());
        } catch (GoneException gone) {
            return expired();
        }
    }

    @PostMapping
    ModelAndView accept(
            @PathVariable String token, @ModelAttribute("form") InvitationForm form, BindingResult binding) {
        String email;
        try {
            email = invitations.emailOfUsable(token);
        } catch (GoneException gone) {
            return expired();
        }
        if (!form.confirmed()) {
            binding.rejectValue("password", "mismatch", UiText.of("security.invitation.error.mismatch"));
            return form(token, email, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            invitations.accept(token, form.password());
        } catch (InvalidFieldException weak) {
            FormErrors.reject(binding, weak);
            return form(token, email, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return new ModelAndView("redirect:/login?activated");
    }

    private static ModelAndView form(String token, String email, HttpStatus status) {
        ModelAndView page = new ModelAndView("security/invitation");
        page.addObject("token", token);
        page.addObject("email", email);
        page.addObject("minLength", PasswordPolicy.MIN_LENGTH);
        page.setStatus(status);
        return page;
    }

    private static ModelAndView expired() {
        ModelAndView page = new ModelAndView("security/invitation-gone");
        page.setStatus(HttpStatus.GONE);
        return page;
    }
}
