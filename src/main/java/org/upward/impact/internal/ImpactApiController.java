package org.upward.impact.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programs/{programId}/impact")
@Tag(name = "Impact", description = "A program's dashboard figures; fewer than five people: suppressed")
class ImpactApiController {

    private final ImpactReportService reports;

    ImpactApiController(ImpactReportService reports) {
        this.reports = reports;
    }

    @Operation(summary = "Show a program's impact report")
    @GetMapping
    ProgramImpact impact(@PathVariable long programId) {
        return reports.of(programId);
    }

    @Operation(summary = "Download one impact table as CSV")
    @GetMapping(path = "/{table}.csv", produces = "text/csv")
    void table(@PathVariable long programId, @PathVariable String table, HttpServletResponse response)
            throws IOException {
        ImpactCsv.write(programId, table, reports, response);
    }
}
