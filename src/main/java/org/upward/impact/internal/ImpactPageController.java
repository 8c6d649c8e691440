package org.upward.impact.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.upward.security.Role;
import org.upward.security.UpwardUser;

/**
 * The impact dashboard page of one program, for admins and executives: the results first (objectives judged,
 * headline figures, a PDF of them to download), then the statistics folded below: charts drawn by
 * {@code static/js/impact-charts.js} from {@link DashboardCharts}, each figure's period and notes
 * ({@link FigureContext}), and a CSV per table.
 */
@Controller
class ImpactPageController {

    private final ImpactReportService reports;
    private final DashboardVisitLog visits;
    private final ResultsReport results;
    private final Clock clock;
    private final BoardPack boardPack;
    private final ResultsReaders readers;

    ImpactPageController(
            ImpactReportService reports,
            DashboardVisitLog visits,
            ResultsReport results,
            BoardPack boardPack,
            ResultsReaders readers,
            Clock clock) {
        this.reports = reports;
        this.visits = visits;
        this.results = results;
        this.clock = clock;
        this.boardPack = boardPack;
        this.readers = readers;
    }

    @GetMapping("/impact/programs/{programId}")
    String dashboard(@PathVariable long programId, @AuthenticationPrincipal UpwardUser me, Model model) {
        readers.check(programId, me);
        ImpactReportService.Dashboard dashboard = reports.dashboard(programId);
        ProgramImpact impact = dashboard.impact();
        visits.seen(me.accountId(), programId);
        model.addAllAttributes(ResultsContent.of(dashboard).variables());
        model.addAttribute("verdictOpen", me.hasRole(Role.ADMIN) && results.ended(dashboard.program()));
        model.addAttribute("scoreFormula", Engagement.scoreFormula());
        model.addAttribute("culture", CultureTable.of(impact.culture()));
        model.addAttribute("charts", dashboard.charts());
        model.addAttribute("about", FigureContext.of(impact, LocalDate.now(clock)));
        model.addAttribute("wrapUps", dashboard.wrapUps());
        return "impact/program";
    }

    /** The board pack: the results section as a PDF download. */
    @GetMapping("/impact/programs/{programId}/results.pdf")
    ResponseEntity<byte[]> resultsPdf(@PathVariable long programId, @AuthenticationPrincipal UpwardUser me) {
        readers.check(programId, me);
        return boardPack.download(programId);
    }

    @GetMapping("/impact/programs/{programId}/{table}.csv")
    void table(@PathVariable long programId, @PathVariable String table, HttpServletResponse response)
            throws IOException {
        ImpactCsv.write(programId, table, reports, response);
    }
}
