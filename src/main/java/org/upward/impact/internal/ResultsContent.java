package org.upward.impact.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upward.program.ProgramView;

/**
 * What the results fragment ({@code templates/impact/results.html}) reads, made once for the dashboard page and
 * the board pack PDF alike: the program, its figures (for the name, status and dates), each objective in plain
 * words, the headline figures and the quotes their authors let it show. Both show only what these hold, so the PDF
 * can show nothing the page hides.
 */
record ResultsContent(
        ProgramView program,
        ProgramImpact impact,
        List<ResultSentence.Line> results,
        List<Headlines.Headline> headlines,
        List<SharedQuotes.Quotes> quotes) {

    static ResultsContent of(ImpactReportService.Dashboard dashboard) {
        return new ResultsContent(
                dashboard.program(),
                dashboard.impact(),
                dashboard.results().objectives().stream()
                        .map(ResultSentence.Line::of)
                        .toList(),
                Headlines.of(dashboard.impact()),
                dashboard.quotes());
    }

    /** The template's variables: program, impact, results, headlines and quotes. */
    Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("program", program);
        variables.put("impact", impact);
        variables.put("results", results);
        variables.put("headlines", headlines);
        variables.put("quotes", quotes);
        return variables;
    }
}
