package org.upward.program.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.program.InvalidProgramException;
import org.upward.program.ProgramView;
import org.upward.shared.PageView;
import org.upward.shared.Paging;
import org.upward.shared.UiText;

/** Program templates for integrations: save a program as one, list, rename and delete them, make a program of one. */
@RestController
@Tag(name = "Program templates")
class ProgramTemplateApiController {

    private final ProgramTemplateService templates;

    ProgramTemplateApiController(ProgramTemplateService templates) {
        this.templates = templates;
    }

    @Operation(summary = "List program templates (the one that ships first, then by name)")
    @GetMapping("/api/v1/program-templates")
    PageView<ProgramTemplateView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageView.of(templates.list(Paging.request(page, size)));
    }

    @Operation(summary = "Show a program template")
    @GetMapping("/api/v1/program-templates/{id}")
    ProgramTemplateView get(@PathVariable long id) {
        return templates.get(id);
    }

    @Operation(summary = "Save a program as a template: its goals and settings, no people")
    @PostMapping("/api/v1/programs/{id}/templates")
    ResponseEntity<ProgramTemplateView> save(@PathVariable long id, @RequestBody ProgramTemplateRequest request) {
        ProgramTemplateView template = templates.saveAsTemplate(id, request);
        return ResponseEntity.created(URI.create("/api/v1/program-templates/" + template.id()))
                .body(template);
    }

    @Operation(summary = "Create a draft program from a template, with its own name and dates")
    @PostMapping("/api/v1/program-templates/{id}/programs")
    ResponseEntity<ProgramView> program(@PathVariable long id, @RequestBody ProgramCopyRequest request) {
        ProgramView program = templates.programFrom(id, request);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + program.id()))
                .body(program);
    }

    @Operation(summary = "Rename a program template")
    @PutMapping("/api/v1/program-templates/{id}")
    ProgramTemplateView rename(@PathVariable long id, @RequestBody ProgramTemplateRequest request) {
        return templates.rename(id, request);
    }

    @Operation(summary = "Delete a program template")
    @DeleteMapping("/api/v1/program-templates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        templates.delete(id);
    }

    @ExceptionHandler(InvalidProgramException.class)
    ProblemDetail invalid(InvalidProgramException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, UiText.of("program.error.invalidFields"));
        problem.setTitle(UiText.of("program.error.invalidRequest"));
        problem.setProperty("errors", ex.problems());
        return problem;
    }
}
