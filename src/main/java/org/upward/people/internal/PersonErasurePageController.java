package org.upward.people.internal;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.shared.Flash;
import org.upward.shared.FormErrors;
import org.upward.shared.InvalidFieldException;

/** The person page's "Erase this person": a confirmation that says what will happen and asks why. */
@Controller
@RequestMapping("/admin/people/{email}/erasure")
class PersonErasurePageController {

    private final PersonErasureService erasure;

    PersonErasurePageController(PersonErasureService erasure) {
        this.erasure = erasure;
    }

    @GetMapping
    String confirm(@PathVariable String email, Model model) {
        return page(model, erasure.toErase(email), PersonErasureForm.empty());
    }

    @PostMapping
    String erase(
            @PathVariable String email,
            @Valid @ModelAttribute("form") PersonErasureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                PersonView erased = erasure.eraseAndView(email, form.reason());
                Flash.success("people.erasure.done", erased.name()).after(redirect);
                return "redirect:/admin/people";
            } catch (InvalidFieldException e) {
                FormErrors.reject(errors, e);
            }
        }
        return page(model, erasure.toErase(email), form);
    }

    private static String page(Model model, PersonView person, PersonErasureForm form) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        return "people/erasure";
    }
}
