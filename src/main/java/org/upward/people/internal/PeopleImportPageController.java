package org.upward.people.internal;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.shared.CsvImportException;
import org.upward.shared.CsvText;
import org.upward.shared.Flash;

/** Import people.csv in two steps: upload and preview what changes, then confirm to write it. */
@Controller
@RequestMapping("/admin/people/import")
class PeopleImportPageController {

    private final PeopleImport csv;

    PeopleImportPageController(PeopleImport csv) {
        this.csv = csv;
    }

    @GetMapping
    String uploadForm() {
        return "people/import";
    }

    @PostMapping
    String preview(
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || (file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename()))) {
            Flash.problem("people.import.nofile").after(redirect);
            return "redirect:/admin/people/import";
        }
        if (file.getSize() > CsvText.MAX_BYTES) {
            Flash.problem("people.import.toolarge").after(redirect);
            return "redirect:/admin/people/import";
        }
        byte[] bytes = file.getBytes();
        ImportPreview preview = csv.preview(bytes);
        String filename = file.getOriginalFilename() == null ? "people.csv" : file.getOriginalFilename();
        session.removeAttribute(PendingImport.SESSION_KEY);
        if (preview.valid()) {
            PendingImport pending = PendingImport.of(filename, bytes);
            session.setAttribute(PendingImport.SESSION_KEY, pending);
            model.addAttribute("pendingId", pending.id());
        }
        model.addAttribute("filename", filename);
        model.addAttribute("preview", preview);
        return "people/preview";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam String id, HttpSession session, Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(PendingImport.SESSION_KEY) instanceof PendingImport pending)
                || !pending.id().equals(id)) {
            Flash.problem("people.import.expired").after(redirect);
            return "redirect:/admin/people/import";
        }
        session.removeAttribute(PendingImport.SESSION_KEY);
        try {
            ImportResult result = csv.importCsv(pending.csv());
            Flash.success("people.import.done", String.valueOf(result.created()), String.valueOf(result.updated()))
                    .after(redirect);
            return "redirect:/admin/people";
        } catch (CsvImportException e) {
            // the directory changed between preview and confirm in a way that breaks the file
            model.addAttribute("filename", pending.filename());
            model.addAttribute("preview", new ImportPreview(List.of(), List.of(), e.problems()));
            return "people/preview";
        }
    }
}
