package org.upward.pairing;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.upward.enrollment.PairingProfile;
import org.upward.enrollment.Side;
import org.upward.pairing.engine.Objective;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.security.UpwardUser;

/** Everything the review page shows, gathered from the services for one program. */
@Component
class ReviewPage {

    private static final Set<ProgramStatus> PAIRABLE = Set.of(ProgramStatus.MATCHING, ProgramStatus.RUNNING);

    private final PairingService pairing;
    private final PairingJobs jobs;
    private final ParticipantChoice choice;

    ReviewPage(PairingService pairing, PairingJobs jobs, ParticipantChoice choice) {
        this.pairing = pairing;
        this.jobs = jobs;
        this.choice = choice;
    }

    String render(ProgramView program, WhatIfForm whatIf, UpwardUser admin, Model model) {
        List<PairView> all = pairing.pairs(program.id(), admin);
        List<PairingProfile> people = pairing.participants(program.id());
        model.addAttribute("program", program);
        model.addAttribute("job", jobs.latest(program.id()).orElse(null));
        model.addAttribute("pairable", PAIRABLE.contains(program.status()));
        model.addAttribute("proposed", withStatus(all, Set.of(PairStatus.PROPOSED)));
        model.addAttribute("agreed", withStatus(all, Set.of(PairStatus.APPROVED, PairStatus.ACTIVE)));
        model.addAttribute("history", withStatus(all, Set.of(PairStatus.REJECTED, PairStatus.DISSOLVED)));
        model.addAttribute("pairsById", all.stream().collect(Collectors.toMap(PairView::id, Function.identity())));
        model.addAttribute("requests", choice.requests(program.id(), admin));
        model.addAttribute("unmatched", pairing.latestUnmatched(program.id()));
        model.addAttribute("mentors", onSide(people, Side.MENTOR));
        model.addAttribute("mentees", onSide(people, Side.MENTEE));
        if (!model.containsAttribute("whatIf")) {
            // a bound form is already there with its errors; replacing it would drop them
            model.addAttribute("whatIf", whatIf);
        }
        model.addAttribute("objectives", Objective.values());
        return "pairing/review";
    }

    private static List<PairView> withStatus(List<PairView> pairs, Set<PairStatus> statuses) {
        return pairs.stream().filter(p -> statuses.contains(p.status())).toList();
    }

    private static List<PairingProfile> onSide(List<PairingProfile> people, Side side) {
        return people.stream().filter(p -> p.side() == side).toList();
    }
}
