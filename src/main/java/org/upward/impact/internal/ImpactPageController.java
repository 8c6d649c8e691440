package org.upward.impact.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.upward.security.Role;
import org.upward.security.UpwardUser;

/**
 * The impact dashboard page of one program, for admins and executives: the results first (objectives judged,
 * headline figures), then the statistics folded below: charts drawn by {@code static/js/impact-charts.js} from
 * {@link DashboardCharts}, each figure's period and notes ({@link FigureContext}), and a CSV per table.
 */
@Controller
class ImpactPageController {

    private final ImpactReportService reports;
    private final DashboardVisitLog visits;
    private final ResultsReport results;
    private final SharedQuotes quotes;
    private final Clock clock;

    ImpactPageController(
            ImpactReportService reports,
            DashboardVisitLog visits,
            ResultsReport results,
            SharedQuotes quotes,
            Clock clock) {
        this.reports = reports;
        this.visits = visits;
        this.results = results;
        this.quotes = quotes;
        this.clock = clock;
    }

    @GetMapping("/impact/programs/{programId}")
    String dashboard(@PathVariable long programId, @AuthenticationPrincipal UpwardUser me, Model model) {
        ImpactReportService.Dashboard dashboard = reports.dashboard(programId);
        ProgramImpact impact = dashboard.impact();
        visits.seen(me.accountId(), programId);
        model.addAttribute("impact", impact);
        model.addAttribute("program", dashboard.program());
        model.addAttribute(
                "results",
                dashboard.results().objectives().stream()
                        .map(ResultSentence.Line::of)
                        .toList());
        model.addAttribute("headlines", Headlines.of(impact));
        model.addAttribute("quotes", quotes.of(programId));
        model.addAttribute("verdictOpen", me.hasRole(Role.ADMIN) && results.ended(dashboard.program()));
        model.addAttribute("scoreFormula", Engagement.scoreFormula());
        model.addAttribute("culture", CultureTable.of(impact.culture()));
        model.addAttribute("charts", DashboardCharts.of(impact));
        model.addAttribute("about", FigureContext.of(impact, LocalDate.now(clock)));
        return "impact/program";
    }

    @GetMapping("/impact/programs/{programId}/{table}.csv")
    void table(@PathVariable long programId, @PathVariable String table, HttpServletResponse response)
            throws IOException {
        ImpactCsv.write(programId, table, reports, response);
    }
}
