package org.upward.pairing.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import org.upward.shared.ListPage;

/** Everything the review page shows, gathered from the services for one program. */
@Component
class ReviewPage {

    private static final Set<PairStatus> LIVE = Set.of(PairStatus.PROPOSED, PairStatus.APPROVED, PairStatus.ACTIVE);

    private final PairingService pairing;
    private final PairingRunner runner;
    private final PairingJobs jobs;
    private final ParticipantChoice choice;
    private final PairablePeople pairable;
    private final FitCheckService fitChecks;

    ReviewPage(
            PairingService pairing,
            PairingRunner runner,
            PairingJobs jobs,
            ParticipantChoice choice,
            PairablePeople pairable,
            FitCheckService fitChecks) {
        this.fitChecks = fitChecks;
        this.runner = runner;
        this.pairable = pairable;
        this.pairing = pairing;
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
        List<PairView> all = pairing.pairs(program.id(), admin);
        List<Pairable> people = pairable.of(program.id());
        List<PairView> live = withStatus(all, LIVE);
        model.addAttribute("program", program);
        model.addAttribute("job", jobs.latest(program.id()).orElse(null));
        model.addAttribute("pairable", PairingService.isPairable(program.status()));
        model.addAttribute("proposed", page(withStatus(all, Set.of(PairStatus.PROPOSED)), pages.proposed()));
        model.addAttribute(
                "agreed", page(withStatus(all, Set.of(PairStatus.APPROVED, PairStatus.ACTIVE)), pages.agreed()));
        model.addAttribute(
                "history",
                page(
                        withStatus(all, Set.of(PairStatus.REJECTED, PairStatus.DISSOLVED, PairStatus.CLOSED)),
                        pages.history()));
        model.addAttribute(
                "fitAnswers",
                fitChecks.forAdmins(all.stream()
                        .filter(p -> p.status() == PairStatus.APPROVED)
                        .map(PairView::id)
                        .collect(Collectors.toSet())));
        model.addAttribute("pairsById", all.stream().collect(Collectors.toMap(PairView::id, Function.identity())));
        model.addAttribute("requests", choice.requests(program.id(), admin));
        model.addAttribute("unmatched", runner.latestUnmatched(program.id()));
        model.addAttribute("mentors", withRoom(onSide(people, Side.MENTOR), live));
        model.addAttribute("mentees", unpaired(onSide(people, Side.MENTEE), live));
        if (!model.containsAttribute("whatIf")) {
            // a bound form is already there with its errors; replacing it would drop them
            model.addAttribute("whatIf", whatIf);
        }
        model.addAttribute("objectives", Objective.values());
        return "pairing/review";
    }

    private static ListPage<PairView> page(List<PairView> pairs, int page) {
        return ListPage.of(pairs, page, ListPage.DEFAULT_SIZE);
    }

    /** Mentors below their capacity: the ones the manual form suggests (any email can still be typed). */
    private static List<Pairable> withRoom(List<Pairable> mentors, List<PairView> live) {
        Map<String, Long> taken =
                live.stream().collect(Collectors.groupingBy(PairView::mentorEmail, Collectors.counting()));
        return mentors.stream()
                .filter(m -> taken.getOrDefault(m.email(), 0L) < m.capacity())
                .toList();
    }

    private static List<Pairable> unpaired(List<Pairable> mentees, List<PairView> live) {
        Set<String> paired = live.stream().map(PairView::menteeEmail).collect(Collectors.toSet());
        return mentees.stream().filter(m -> !paired.contains(m.email())).toList();
    }

    private static List<PairView> withStatus(List<PairView> pairs, Set<PairStatus> statuses) {
        return pairs.stream().filter(p -> statuses.contains(p.status())).toList();
    }

    private static List<Pairable> onSide(List<Pairable> people, Side side) {
        return people.stream().filter(p -> p.side() == side).toList();
    }
}
