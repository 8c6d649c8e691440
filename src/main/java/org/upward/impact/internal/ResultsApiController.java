package org.upward.impact.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.UpwardUser;

@RestController
@Tag(name = "Results", description = "Whether a program met its objectives, judged on its evidence")
class ResultsApiController {

    private final ImpactReportService reports;
    private final BoardPack boardPack;
    private final ResultsReaders readers;

    ResultsApiController(ImpactReportService reports, BoardPack boardPack, ResultsReaders readers) {
        this.reports = reports;
        this.boardPack = boardPack;
        this.readers = readers;
    }

    @Operation(summary = "Judge each objective of a program: met, uncertain, not met or not yet known")
    @GetMapping("/api/v1/programs/{programId}/results")
    ProgramResults results(@PathVariable long programId, @AuthenticationPrincipal UpwardUser me) {
        readers.check(programId, me);
        return reports.results(programId);
    }

    @Operation(
            summary = "Download a program's results as a PDF (the board pack)",
            description = "The dashboard's results section on A4: each objective with its verdict, the headline"
                    + " figures and how verdicts are reached. A figure from fewer than five people is not in it.")
    @ApiResponse(
            responseCode = "200",
            description = "The PDF, as an attachment named after the program",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/v1/programs/{programId}/results.pdf")
    ResponseEntity<byte[]> resultsPdf(@PathVariable long programId, @AuthenticationPrincipal UpwardUser me) {
        readers.check(programId, me);
        return boardPack.download(programId);
    }
}
