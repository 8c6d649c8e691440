package org.upward.agreement.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.upward.agreement.AgreementCoverage;
import org.upward.agreement.internal.AgreementStandings.Standing;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.shared.ListPage;

/**
 * The admin sees where each active pair stands with its agreement, those without a confirmed one two weeks
 * after they became active first (the to-do on the admin's home links here with only those).
 */
@Controller
class AgreementOverviewPageController {

    private final AgreementStandings standings;
    private final ProgramService programs;
    private final People people;

    AgreementOverviewPageController(AgreementStandings standings, ProgramService programs, People people) {
        this.standings = standings;
        this.programs = programs;
        this.people = people;
    }

    /** One row of the table: the pair, since when it is active and how far its agreement is. */
    record Row(
            long pairId,
            String mentorName,
            String menteeName,
            LocalDate activeSince,
            String state,
            String waitingFor,
            int goals,
            boolean overdue,
            String text) {}

    @GetMapping("/admin/programs/{programId}/agreements")
    String show(
            @PathVariable long programId,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("program", programs.get(programId));
        List<Standing> all = standings.standings(programId);
        List<Standing> shown = overdue ? all.stream().filter(Standing::overdue).toList() : all;
        ListPage<Standing> rows = ListPage.of(shown, page, ListPage.DEFAULT_SIZE);
        model.addAttribute("rows", new ListPage<>(rows(rows.rows()), rows.page(), rows.size(), rows.total()));
        model.addAttribute("overdue", overdue);
        model.addAttribute("coverage", standings.of(programId));
        model.addAttribute("daysToAgree", AgreementCoverage.DAYS_TO_AGREE);
        return "agreement/overview";
    }

    private List<Row> rows(List<Standing> page) {
        Set<Long> ids = new HashSet<>();
        page.forEach(s -> {
            ids.add(s.pair().mentorId());
            ids.add(s.pair().menteeId());
        });
        Map<Long, PersonRef> names = people.byIds(ids);
        return page.stream().map(s -> row(s, names)).toList();
    }

    private static Row row(Standing s, Map<Long, PersonRef> names) {
        PersonRef mentor = names.get(s.pair().mentorId());
        PersonRef mentee = names.get(s.pair().menteeId());
        String state;
        String waitingFor = null;
        if (!s.written()) {
            state = "notWritten";
        } else if (s.confirmed()) {
            state = "confirmed";
        } else {
            List<Long> confirmed = s.confirmedBy();
            boolean mentorDone = confirmed.contains(s.pair().mentorId());
            boolean menteeDone = confirmed.contains(s.pair().menteeId());
            state = mentorDone || menteeDone ? "waitingForOne" : "waitingForBoth";
            waitingFor = mentorDone ? mentee.name() : mentor.name();
        }
        LocalDate since = s.activeSince() == null
                ? null
                : s.activeSince().atZone(ZoneOffset.UTC).toLocalDate();
        return new Row(
                s.pairId(), mentor.name(), mentee.name(), since, state, waitingFor, s.goals(), s.overdue(), s.text());
    }
}
