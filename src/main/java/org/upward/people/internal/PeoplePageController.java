package org.upward.people.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;
import org.upward.shared.FormErrors;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.Paging;

/** The directory pages: list with search and filters, create and edit forms, the CSV download. */
@Controller
@RequestMapping("/admin/people")
class PeoplePageController {

    private static final int PAGE_SIZE = 50;

    private final PeopleDirectory directory;
    private final PeopleImport csv;

    PeoplePageController(PeopleDirectory directory, PeopleImport csv) {
        this.directory = directory;
        this.csv = csv;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) Integer level,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PeopleSearch search = new PeopleSearch(q, department, level);
        Page<PersonView> people =
                Paging.shown(page, PAGE_SIZE, request -> directory.search(search, request), Page::getTotalElements);
        model.addAttribute("search", search);
        model.addAttribute("people", people);
        model.addAttribute("departments", directory.departments());
        model.addAttribute("levels", IntStream.rangeClosed(1, 10).boxed().toList());
        return "people/list";
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        return form(model, PersonForm.empty(), null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                PersonView created = directory.create(form.toDetails());
                Flash.success("people.created", created.name()).after(redirect);
                return "redirect:/admin/people";
            } catch (InvalidFieldsException e) {
                FormErrors.reject(errors, e);
            } catch (ConflictException e) {
                errors.rejectValue("email", "duplicate", e.getMessage());
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{email}/edit")
    String edit(@PathVariable String email, Model model) {
        return form(model, PersonForm.of(directory.get(email)), email);
    }

    @PostMapping("/{email}")
    String update(
            @PathVariable String email,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                PersonView saved = directory.update(email, form.toDetails());
                Flash.success("people.saved", saved.name()).after(redirect);
                return "redirect:/admin/people";
            } catch (InvalidFieldsException e) {
                FormErrors.reject(errors, e);
            } catch (ConflictException e) {
                errors.rejectValue("email", "taken", e.getMessage());
            } catch (ObjectOptimisticLockingFailureException e) {
                errors.reject("people.form.stale");
                model.addAttribute("stale", true);
            }
        }
        return form(model, form, email);
    }

    /** Manager picker suggestions: people whose name or email contains the text. */
    @GetMapping("/suggestions")
    @ResponseBody
    List<Suggestion> suggestions(@RequestParam(defaultValue = "") String q) {
        return directory.suggest(q, 20).stream()
                .map(p -> new Suggestion(p.email(), p.name()))
                .toList();
    }

    @GetMapping("/export")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"people.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        csv.export(out);
        out.flush();
    }

    private String form(Model model, PersonForm form, String editedEmail) {
        model.addAttribute("form", form);
        model.addAttribute("editedEmail", editedEmail);
        // only an erased person's pseudonym email has the dotless domain "invalid" (see ErasurePseudonym)
        model.addAttribute("erased", editedEmail != null && editedEmail.endsWith("@invalid"));
        model.addAttribute("generations", Generation.values());
        model.addAttribute("managerOptions", directory.suggest("", 50));
        return "people/form";
    }

    record Suggestion(String email, String name) {}
}
