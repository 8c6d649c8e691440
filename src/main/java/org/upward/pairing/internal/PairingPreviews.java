package org.upward.pairing.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.Side;
import org.upward.pairing.RunRequest;
import org.upward.pairing.engine.Candidate;
import org.upward.pairing.engine.PairingEngine;
import org.upward.pairing.engine.PairingInput;
import org.upward.pairing.engine.PairingResult;
import org.upward.people.People;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/**
 * What the engine would do, stored nowhere: the proposal a run would make over the program as it is now (a what-if
 * preview, or the start of a stored run), and a mentee's candidate mentors.
 */
@Service
class PairingPreviews {

    /** A run's proposal before anything is stored; {@code changed} counts pairs that differ from the current one. */
    record Proposal(RunSettings settings, Participants participants, PairingResult result, int changed) {

        RunView asPreview() {
            return RunViews.view(null, true, result, participants, changed);
        }

        RunView storedAs(long runId) {
            return RunViews.view(runId, false, result, participants, changed);
        }
    }

    private final PairingEngine engine = new PairingEngine(UiText::of);
    private final ProgramService programs;
    private final PairingInputs inputs;
    private final PairRepository pairs;
    private final PairingRunRepository runs;
    private final PairRequestRepository requests;
    private final People directory;

    PairingPreviews(
            ProgramService programs,
            PairingInputs inputs,
            PairRepository pairs,
            PairingRunRepository runs,
            PairRequestRepository requests,
            People directory) {
        this.programs = programs;
        this.inputs = inputs;
        this.pairs = pairs;
        this.runs = runs;
        this.requests = requests;
        this.directory = directory;
    }

    /** The proposal a run with these settings makes now; agreed pairs and accepted requests keep their places. */
    Proposal propose(ProgramView program, RunRequest request) {
        long programId = program.id();
        RunSettings settings = PairingService.settings(program, request);
        Participants participants = inputs.participants(programId);
        List<MentoringPair> current = pairs.findByProgramIdOrderByIdAsc(programId);
        List<MentoringPair> agreed =
                current.stream().filter(p -> p.getStatus().isAgreed()).toList();
        // accepted requests wait for the admin's confirmation: their mentees sit out and hold a mentor's place
        List<Taken> taken = new ArrayList<>(agreed.stream().map(Taken::of).toList());
        requests.findByProgramIdAndStatusIn(programId, Set.of(PairRequestStatus.ACCEPTED)).stream()
                .map(Taken::of)
                .forEach(taken::add);
        PairingInput input =
                inputs.buildTaking(program, settings, participants, taken, unmatchedLastTime(programId), Set.of());
        PairingResult result = engine.run(input);
        return new Proposal(settings, participants, result, RunViews.changedPairs(current, result));
    }

    @Transactional(readOnly = true)
    public List<CandidateView> candidates(long programId, String menteeEmail) {
        ProgramView program = programs.get(programId);
        Participants participants = inputs.participants(programId);
        long menteeId = directory.getByEmail(menteeEmail).id();
        var mentee = participants.byId().get(menteeId);
        if (mentee == null || mentee.side() != Side.MENTEE) {
            throw new InvalidFieldException("menteeEmail", UiText.of("pairing.error.isNotAMenteeWithA", menteeEmail));
        }
        PairingInput input = inputs.build(
                program,
                PairingService.settings(program, new RunRequest(true, null, null, null)),
                participants,
                List.of(),
                Set.of(),
                Set.of());
        return engine.candidates(input, menteeId).stream()
                .map(c -> candidate(c, participants))
                .toList();
    }

    private CandidateView candidate(Candidate c, Participants participants) {
        var mentor = participants.byId().get(c.mentorId());
        return new CandidateView(
                mentor.email(),
                mentor.name(),
                c.eligible(),
                c.score(),
                Breakdowns.of(c.breakdown()),
                c.explanation(),
                c.reason());
    }

    private Set<Long> unmatchedLastTime(long programId) {
        Set<Long> ids = new HashSet<>();
        runs.findFirstByProgramIdOrderByIdDesc(programId)
                .ifPresent(run -> run.getUnmatched().forEach(u -> ids.add(RunViews.personId(u))));
        return ids;
    }
}
