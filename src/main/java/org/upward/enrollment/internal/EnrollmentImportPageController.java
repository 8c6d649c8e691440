package org.upward.enrollment.internal;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.program.ProgramService;
import org.upward.shared.ConflictException;
import org.upward.shared.CsvImportException;
import org.upward.shared.CsvText;
import org.upward.shared.Flash;

/**
 * Import enrollments.csv in two steps, as people.csv: upload and preview who is enrolled or updated (or every bad
 * cell), nothing written; then confirm to write it. Also the template to start from.
 */
@Controller
@RequestMapping("/admin/programs/{programId}/enrollments")
class EnrollmentImportPageController {

    private final EnrollmentImporter imports;
    private final EnrollmentTemplate template;
    private final ProgramService programs;

    EnrollmentImportPageController(EnrollmentImporter imports, EnrollmentTemplate template, ProgramService programs) {
        this.imports = imports;
        this.template = template;
        this.programs = programs;
    }

    @GetMapping("/template.csv")
    ResponseEntity<String> template(@PathVariable long programId) {
        return EnrollmentTemplate.download(template.csv(programId));
    }

    @PostMapping("/import")
    String preview(
            @PathVariable long programId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            Flash.problem("enrollments.import.nofile").after(redirect);
            return list(programId);
        }
        if (file.getSize() > CsvText.MAX_BYTES) {
            Flash.problem("enrollments.import.toolarge").after(redirect);
            return list(programId);
        }
        byte[] bytes = file.getBytes();
        String filename = file.getOriginalFilename() == null ? "enrollments.csv" : file.getOriginalFilename();
        EnrollmentPreview preview;
        try {
            preview = imports.preview(programId, bytes);
        } catch (ConflictException closed) {
            Flash.problemText(closed.getMessage()).after(redirect);
            return list(programId);
        }
        session.removeAttribute(PendingEnrollmentImport.SESSION_KEY);
        if (preview.isValid()) {
            PendingEnrollmentImport pending = PendingEnrollmentImport.of(programId, filename, bytes);
            session.setAttribute(PendingEnrollmentImport.SESSION_KEY, pending);
            model.addAttribute("pendingId", pending.id());
        }
        return previewPage(programId, filename, preview, model);
    }

    @PostMapping("/import/confirm")
    String confirm(
            @PathVariable long programId,
            @RequestParam String id,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        if (!(session.getAttribute(PendingEnrollmentImport.SESSION_KEY) instanceof PendingEnrollmentImport pending)
                || !pending.matches(id, programId)) {
            Flash.problem("enrollments.import.expired").after(redirect);
            return list(programId);
        }
        session.removeAttribute(PendingEnrollmentImport.SESSION_KEY);
        try {
            ImportCounts counts = imports.importCsv(programId, pending.csv());
            Flash.success("enrollments.imported", counts.created(), counts.updated())
                    .after(redirect);
        } catch (CsvImportException changed) {
            // the directory, catalog or program changed between preview and confirm in a way that breaks the file
            return previewPage(programId, pending.filename(), EnrollmentPreview.refused(changed.problems()), model);
        } catch (ConflictException closed) {
            Flash.problemText(closed.getMessage()).after(redirect);
        }
        return list(programId);
    }

    private String previewPage(long programId, String filename, EnrollmentPreview preview, Model model) {
        model.addAttribute("program", programs.get(programId));
        model.addAttribute("filename", filename);
        model.addAttribute("preview", preview);
        return "enrollment/import-preview";
    }

    private static String list(long programId) {
        return "redirect:/admin/programs/" + programId + "/enrollments";
    }
}
