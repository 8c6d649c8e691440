package org.upward.pairing.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** People each of the manual form's lists suggests at most. */
    static final int SUGGESTIONS = 200;

    private final ReviewPairs reviewPairs;
    private final PairingRunner runner;
    private final PairingJobs jobs;
    private final ParticipantChoice choice;
    private final PairablePeople pairable;
    private final FitCheckService fitChecks;

    ReviewPage(
            ReviewPairs reviewPairs,
            PairingRunner runner,
            PairingJobs jobs,
            ParticipantChoice choice,
            PairablePeople pairable,
            FitCheckService fitChecks) {
        this.fitChecks = fitChecks;
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
        model.addAttribute("mentors", withRoom(onSide(people, Side.MENTOR), shown.mentorLoads()));
        model.addAttribute("mentees", unpaired(onSide(people, Side.MENTEE), shown.takenMentees()));
        if (!model.containsAttribute("whatIf")) {
            // a bound form is already there with its errors; replacing it would drop them
            model.addAttribute("whatIf", whatIf);
        }
        model.addAttribute("objectives", Objective.values());
        return "pairing/review";
    }

    /**
     * Mentors below their capacity: the ones the manual form suggests (any email can still be typed), at most
     * {@link #SUGGESTIONS} of them, so a program of thousands does not send thousands of options.
     */
    private static List<Pairable> withRoom(List<Pairable> mentors, Map<String, Long> taken) {
        return mentors.stream()
                .filter(m -> taken.getOrDefault(m.email(), 0L) < m.capacity())
                .limit(SUGGESTIONS)
                .toList();
    }

    private static List<Pairable> unpaired(List<Pairable> mentees, Set<String> paired) {
        return mentees.stream()
                .filter(m -> !paired.contains(m.email()))
                .limit(SUGGESTIONS)
                .toList();
    }

    private static List<Pairable> onSide(List<Pairable> people, Side side) {
        return people.stream().filter(p -> p.side() == side).toList();
    }
}
