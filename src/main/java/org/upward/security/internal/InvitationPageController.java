package org.upward.security.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.upward.shared.GoneException;
import org.upward.shared.InvalidFieldException;

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
            return form(token, invitations.emailOfUsable(token), null, HttpStatus.OK);
        } catch (GoneException gone) {
            return expired();
        }
    }

    @PostMapping
    ModelAndView accept(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation) {
        String email;
        try {
            email = invitations.emailOfUsable(token);
        } catch (GoneException gone) {
            return expired();
        }
        if (!password.equals(confirmation)) {
            return form(token, email, "invitation.error.mismatch", HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            invitations.accept(token, password);
        } catch (InvalidFieldException weak) {
            ModelAndView page = form(token, email, null, HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("passwordErrorText", weak.getMessage());
            return page;
        }
        return new ModelAndView("redirect:/login?activated");
    }

    private static ModelAndView form(String token, String email, String errorKey, HttpStatus status) {
        ModelAndView page = new ModelAndView("security/invitation");
        page.addObject("token", token);
        page.addObject("email", email);
        page.addObject("passwordErrorKey", errorKey);
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
