package org.upward.impact.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Results", description = "Whether a program met its objectives, judged on its evidence")
class ResultsApiController {

    private final ImpactReportService reports;

    ResultsApiController(ImpactReportService reports) {
        this.reports = reports;
    }

    @Operation(summary = "Judge each objective of a program: met, uncertain, not met or not yet known")
    @GetMapping("/api/v1/programs/{programId}/results")
    ProgramResults results(@PathVariable long programId) {
        return reports.dashboard(programId).results();
    }
}
