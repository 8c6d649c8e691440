package org.upward.program.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.program.InvalidProgramException;
import org.upward.program.ProgramRequest;
import org.upward.program.ProgramView;
import org.upward.shared.PageView;
import org.upward.shared.Paging;
import org.upward.shared.UiText;

@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Programs", description = "Programs, their goals and settings, and their lifecycle")
class ProgramApiController {

    private final ProgramCatalog programs;
    private final ProgramCopies copies;

    ProgramApiController(ProgramCatalog programs, ProgramCopies copies) {
        this.programs = programs;
        this.copies = copies;
    }

    @Operation(summary = "List programs")
    @GetMapping
    PageView<ProgramView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageView.of(programs.list(Paging.request(page, size)));
    }

    @Operation(summary = "Show a program")
    @GetMapping("/{id}")
    ProgramView get(@PathVariable long id) {
        return programs.get(id);
    }

    @Operation(summary = "Create a program")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProgramView create(@RequestBody ProgramRequest request) {
        return programs.create(request);
    }

    @Operation(summary = "Start the next cohort: copy a program's goals and settings into a new draft")
    @PostMapping("/{id}/copies")
    ResponseEntity<ProgramView> copy(@PathVariable long id, @RequestBody ProgramCopyRequest request) {
        ProgramView copy = copies.copy(id, request);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + copy.id()))
                .body(copy);
    }

    @Operation(summary = "Change a program")
    @PutMapping("/{id}")
    ProgramView update(@PathVariable long id, @RequestBody ProgramRequest request) {
        return programs.update(id, request);
    }

    @Operation(summary = "Move a program to another stage of its lifecycle")
    @PostMapping("/{id}/transitions")
    ProgramView transition(@PathVariable long id, @Valid @RequestBody TransitionRequest request) {
        return programs.transition(id, request.to());
    }

    @Operation(summary = "Record the verdict on an objective judged by the admin (a qualitative measure)")
    @PutMapping("/{id}/objectives/{index}/verdict")
    ProgramView verdict(@PathVariable long id, @PathVariable int index, @Valid @RequestBody VerdictRequest request) {
        return programs.judge(id, index, request);
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
