package org.upward.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.upward.shared.CsvText;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "The people directory, its people.csv import and export (admins only)")
class PeopleApiController {

    private final PeopleDirectory directory;
    private final PeopleImport csv;
    private final PersonErasureService erasure;

    PeopleApiController(PeopleDirectory directory, PeopleImport csv, PersonErasureService erasure) {
        this.directory = directory;
        this.csv = csv;
        this.erasure = erasure;
    }

    @Operation(summary = "Search the people directory")
    @GetMapping
    PageView<PersonView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) @Min(1) @Max(10) Integer level,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageView.of(directory.search(new PeopleSearch(q, department, level), Paging.request(page, size)));
    }

    @Operation(summary = "Add a person")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    PersonView create(@Valid @RequestBody PersonDetails person) {
        return directory.create(person);
    }

    @Operation(summary = "Show a person")
    @GetMapping("/{email}")
    PersonView get(@PathVariable String email) {
        return directory.get(email);
    }

    @Operation(summary = "Change a person")
    @PutMapping(path = "/{email}", consumes = MediaType.APPLICATION_JSON_VALUE)
    PersonView update(@PathVariable String email, @Valid @RequestBody PersonDetails person) {
        return directory.update(email, person);
    }

    @Operation(
            summary = "Erase a person",
            description = "Replaces their name and email by a stable pseudonym everywhere, removes the texts they"
                    + " wrote and closes their account; counts and program figures stay. 409 when already erased.")
    @PostMapping(path = "/{email}/erasure", consumes = MediaType.APPLICATION_JSON_VALUE)
    PersonView erase(@PathVariable String email, @RequestBody PersonErasureRequest request) {
        return erasure.eraseAndView(email, request.reason());
    }

    @Operation(
            summary = "Import people from people.csv",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @PostMapping(path = "/import", consumes = "text/csv")
    ImportResult importCsv(HttpServletRequest request) throws IOException {
        return csv.importCsv(CsvText.read(request.getContentLengthLong(), request.getInputStream()));
    }

    @Operation(summary = "Import people from people.csv")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return csv.importCsv(CsvText.read(file.getSize(), file.getInputStream()));
    }

    @Operation(summary = "Export people as people.csv")
    @GetMapping(path = "/export", produces = "text/csv")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"people.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        csv.export(out);
        out.flush();
    }
}
