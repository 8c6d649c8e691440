package org.upward.pairing.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairingRunFinished;
import org.upward.pairing.PairingRuns;
import org.upward.pairing.RunRequest;
import org.upward.pairing.engine.ProposedPair;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;

/** Stored pairing runs: a run replaces the program's proposals; whom the latest run left unmatched. */
@Service
class PairingRunner implements PairingRuns {

    private final PairingService pairing;
    private final PairingPreviews previews;
    private final ProgramService programs;
    private final PairRepository pairs;
    private final PairingRunRepository runs;
    private final People people;
    private final Clock clock;
    private final RunLock runLock;
    private final PairEvents events;

    PairingRunner(
            PairingService pairing,
            PairingPreviews previews,
            ProgramService programs,
            PairRepository pairs,
            PairingRunRepository runs,
            People people,
            Clock clock,
            RunLock runLock,
            PairEvents events) {
        this.pairing = pairing;
        this.previews = previews;
        this.programs = programs;
        this.pairs = pairs;
        this.runs = runs;
        this.people = people;
        this.clock = clock;
        this.runLock = runLock;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(long programId, RunRequest request, Long accountId) {
        runAndView(programId, request, accountId);
    }

    /** Runs the pairing as {@link #run} does, and answers the run as the API gives it. */
    @Transactional
    public RunView runAndView(long programId, RunRequest request, Long accountId) {
        ProgramView program = pairing.pairable(programId);
        if (request.preview()) {
            return previews.propose(program, request).asPreview();
        }
        runLock.acquire(programId);
        PairingPreviews.Proposal proposal = previews.propose(program, request);
        var result = proposal.result();
        pairs.deleteProposed(programId);
        PairingRun run = new PairingRun(programId, accountId, proposal.settings(), clock.instant());
        run.record(result.totalScore(), result.pairs().size(), result.durationMillis(), RunViews.unmatchedJson(result));
        run = runs.save(run);
        for (ProposedPair proposed : result.pairs()) {
            pairs.save(new MentoringPair(
                    programId,
                    run.getId(),
                    proposed.mentorId(),
                    proposed.menteeId(),
                    new MentoringPair.Proposal(
                            proposed.score(),
                            Breakdowns.of(proposed.breakdown()),
                            proposed.explanation(),
                            List.of(),
                            false),
                    clock.instant()));
        }
        events.publish(new PairingRunFinished(
                programId,
                run.getId(),
                accountId,
                result.pairs().size(),
                result.unmatched().size()));
        return proposal.storedAs(run.getId());
    }

    /**
     * Who the latest stored run left unmatched, and why; people paired since (by hand or by a swap) are left
     * out. Empty before the first run.
     */
    @Transactional(readOnly = true)
    public List<RunView.RunUnmatched> latestUnmatched(long programId) {
        programs.get(programId);
        List<Map<String, Object>> stored = runs.findFirstByProgramIdOrderByIdDesc(programId)
                .map(PairingRun::getUnmatched)
                .orElse(List.of());
        if (stored.isEmpty()) {
            return List.of();
        }
        Set<Long> pairedNow = new HashSet<>();
        pairs.findByProgramIdOrderByIdAsc(programId).stream()
                .filter(p -> p.getStatus().isLive())
                .forEach(p -> {
                    pairedNow.add(p.getMentorId());
                    pairedNow.add(p.getMenteeId());
                });
        List<Map<String, Object>> stillUnmatched = stored.stream()
                .filter(u -> !pairedNow.contains(RunViews.personId(u)))
                .toList();
        Map<Long, PersonRef> refs =
                people.byIds(stillUnmatched.stream().map(RunViews::personId).toList());
        return stillUnmatched.stream()
                .map(u -> {
                    PersonRef person = refs.get(RunViews.personId(u));
                    return new RunView.RunUnmatched(
                            person.email(), person.name(), (String) u.get("side"), (String) u.get("explanation"));
                })
                .toList();
    }
}
