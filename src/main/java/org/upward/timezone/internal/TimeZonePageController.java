package org.upward.timezone.internal;

import java.security.Principal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.shared.Flash;
import org.upward.shared.FormErrors;
import org.upward.shared.InvalidFieldException;

/** Where anyone signed in chooses the time zone they see moments in. */
@Controller
@RequestMapping("/account/time-zone")
class TimeZonePageController {

    private final TimeZoneSettings settings;
    private final Clock clock;

    TimeZonePageController(TimeZoneSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView form(Principal me) {
        String chosen = settings.chosenBy(me.getName()).map(ZoneId::getId).orElse("");
        return page(chosen, HttpStatus.OK).addObject("form", new TimeZoneForm(chosen));
    }

    @PostMapping
    ModelAndView change(
            @ModelAttribute("form") TimeZoneForm form, BindingResult binding, Principal me, RedirectAttributes flash) {
        Optional<ZoneId> chosen;
        try {
            chosen = settings.choose(me.getName(), form.timeZone());
        } catch (InvalidFieldException refused) {
            FormErrors.reject(binding, refused);
            return page(form.timeZone(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Flash.success(chosen.isPresent() ? "timezone.saved" : "timezone.savedDefault")
                .after(flash);
        return new ModelAndView("redirect:/account/time-zone");
    }

    private ModelAndView page(String chosen, HttpStatus status) {
        ModelAndView page = new ModelAndView("timezone/settings");
        page.addObject("chosen", chosen);
        page.addObject("zones", settings.choices());
        page.addObject("organisationZone", settings.organisationDefault().getId());
        page.addObject("now", clock.instant());
        page.setStatus(status);
        return page;
    }
}
