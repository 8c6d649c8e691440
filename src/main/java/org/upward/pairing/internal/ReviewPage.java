package org.upward.pairing.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.upward.enrollment.PairablePeople;
import org.upward.enrollment.PairablePeople.Pairable;
import org.upward.enrollment.Side;
import org.upward.pairing.PairStatus;
import org.upward.pairing.PairView;
import org.upward.pairing.engine.Objective;
import org.upward.program.ProgramView;
import org.upward.security.UpwardUser;

/** Everything the review page shows, gathered from the services for one program. */
@Component
class ReviewPage {

    private final ReviewPairs reviewPairs;
    private final PairingRunner runner;
    private final PairingJobs jobs;
    private final ParticipantChoice choice;
    private final PairablePeople pairable;
    private final FitCheckService fitChecks;
    private final ManualSuggestions suggestions;

    ReviewPage(
            ReviewPairs reviewPairs,
            PairingRunner runner,
            PairingJobs jobs,
            ParticipantChoice choice,
            PairablePeople pairable,
            FitCheckService fitChecks,
            ManualSuggestions suggestions) {
        this.fitChecks = fitChecks;
        this.suggestions = suggestions;
        this.runner = runner;
        this.pairable = pairable;
        this.reviewPairs = reviewPairs;
        this.jobs = jobs;
        this.choice = choice;
    }

    /** Which page of each long table is shown (from 0), so a program of thousands of pairs stays readable. */
    record Pages(int proposed, int agreed, int history) {
        static final Pages FIRST = new Pages(0, 0, 0);
    }

    String render(ProgramView program, WhatIfForm whatIf, UpwardUser admin, Model model) {
        return render(program, whatIf, Pages.FIRST, admin, model);
    }

    String render(ProgramView program, WhatIfForm whatIf, Pages pages, UpwardUser admin, Model model) {
        ReviewPairs.Shown shown = reviewPairs.of(program.id(), pages);
        List<Pairable> people = pairable.of(program.id());
        model.addAttribute("program", program);
        model.addAttribute("job", jobs.latest(program.id()).orElse(null));
        model.addAttribute("pairable", PairingService.isPairable(program.status()));
        model.addAttribute("proposed", shown.proposed());
        model.addAttribute("agreed", shown.agreed());
        model.addAttribute("history", shown.history());
        model.addAttribute(
                "fitAnswers",
                fitChecks.forAdmins(shown.agreed().rows().stream()
                        .filter(p -> p.status() == PairStatus.APPROVED)
                        .map(PairView::id)
                        .collect(Collectors.toSet())));
        model.addAttribute("pairsById", shown.replaced());
        model.addAttribute("requests", choice.requests(program.id(), admin));
        model.addAttribute("unmatched", runner.latestUnmatched(program.id()));
        model.addAttribute("mentors", suggestions.mentorsWithRoom(program.id(), onSide(people, Side.MENTOR)));
        model.addAttribute("mentees", suggestions.unpairedMentees(program.id(), onSide(people, Side.MENTEE)));
        if (!model.containsAttribute("whatIf")) {
            // a bound form is already there with its errors; replacing it would drop them
            model.addAttribute("whatIf", whatIf);
        }
        model.addAttribute("objectives", Objective.values());
        return "pairing/review";
    }

    private static List<Pairable> onSide(List<Pairable> people, Side side) {
        return people.stream().filter(p -> p.side() == side).toList();
    }
}
