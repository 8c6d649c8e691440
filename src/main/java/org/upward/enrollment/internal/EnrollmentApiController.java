package org.upward.enrollment.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.EnrollmentView;
import org.upward.shared.CsvText;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@RequestMapping("/api/v1/programs/{programId}/enrollments")
@Tag(name = "Enrollments", description = "Who takes part in a program, on which side, with which profile")
class EnrollmentApiController {

    private final ProgramRoster enrollments;
    private final EnrollmentImporter imports;
    private final EnrollmentTemplate template;

    EnrollmentApiController(ProgramRoster enrollments, EnrollmentImporter imports, EnrollmentTemplate template) {
        this.enrollments = enrollments;
        this.imports = imports;
        this.template = template;
    }

    @Operation(summary = "List a program's enrollments")
    @GetMapping
    PageView<EnrollmentView> list(
            @PathVariable long programId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return Paging.slice(enrollments.list(programId), page, size);
    }

    @Operation(summary = "Enroll a person in a program or change their enrollment")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EnrollmentView save(@PathVariable long programId, @RequestBody EnrollmentDraft draft) {
        return imports.save(programId, draft);
    }

    @Operation(
            summary = "Import a program's enrollments from CSV",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @PostMapping(value = "/import", consumes = "text/csv")
    ImportCounts importCsv(@PathVariable long programId, HttpServletRequest request) throws IOException {
        return imports.importCsv(programId, CsvText.read(request.getContentLengthLong(), request.getInputStream()));
    }

    @Operation(
            summary = "Preview an enrollments.csv import: what it would create and update, or every problem",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @PostMapping(value = "/import", consumes = "text/csv", params = "dryRun=true")
    EnrollmentPreview previewCsv(@PathVariable long programId, HttpServletRequest request) throws IOException {
        return imports.preview(programId, CsvText.read(request.getContentLengthLong(), request.getInputStream()));
    }

    @Operation(summary = "Preview an enrollments.csv import: what it would create and update, or every problem")
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, params = "dryRun=true")
    EnrollmentPreview previewFile(@PathVariable long programId, @RequestParam("file") MultipartFile file)
            throws IOException {
        return imports.preview(programId, CsvText.read(file.getSize(), file.getInputStream()));
    }

    @Operation(summary = "An enrollments.csv template: the header, a mentor and a mentee that import as they are")
    @GetMapping(value = "/template.csv", produces = "text/csv")
    ResponseEntity<String> template(@PathVariable long programId) {
        return EnrollmentTemplate.download(template.csv(programId));
    }

    @Operation(summary = "Import a program's enrollments from CSV")
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportCounts importFile(@PathVariable long programId, @RequestParam("file") MultipartFile file) throws IOException {
        return imports.importCsv(programId, CsvText.read(file.getSize(), file.getInputStream()));
    }
}
