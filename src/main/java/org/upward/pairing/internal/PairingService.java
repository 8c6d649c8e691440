package org.upward.pairing.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.PairingProfile;
import org.upward.pairing.PairView;
import org.upward.pairing.PairingRunFinished;
import org.upward.pairing.PairingRuns;
import org.upward.pairing.ProgramPairs;
import org.upward.pairing.RunRequest;
import org.upward.pairing.RunView;
import org.upward.pairing.engine.Candidate;
import org.upward.pairing.engine.Objective;
import org.upward.pairing.engine.PairingEngine;
import org.upward.pairing.engine.PairingInput;
import org.upward.pairing.engine.PairingResult;
import org.upward.pairing.engine.ProposedPair;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/** Runs the pairing for a program, stores proposals, lists pairs and candidates. */
@Service
class PairingService implements PairingRuns, ProgramPairs {

    private static final Set<ProgramStatus> PAIRABLE = Set.of(ProgramStatus.MATCHING, ProgramStatus.RUNNING);

    private final PairingEngine engine = new PairingEngine(UiText::of);
    private final ProgramService programs;
    private final PairingInputs inputs;
    private final PairRepository pairs;
    private final PairingRunRepository runs;
    private final People people;
    private final Clock clock;
    private final RunLock runLock;
    private final PairRequestRepository requests;
    private final PairEvents events;

    PairingService(
            ProgramService programs,
            PairingInputs inputs,
            PairRepository pairs,
            PairingRunRepository runs,
            People people,
            Clock clock,
            RunLock runLock,
            PairRequestRepository requests,
            PairEvents events) {
        this.programs = programs;
        this.inputs = inputs;
        this.pairs = pairs;
        this.runs = runs;
        this.people = people;
        this.clock = clock;
        this.runLock = runLock;
        this.requests = requests;
        this.events = events;
    }

    @Override
    @Transactional
    public RunView run(long programId, RunRequest request, Long accountId) {
        ProgramView program = pairable(programId);
        if (!request.preview()) {
            runLock.acquire(programId);
        }
        RunSettings settings = settings(program, request);
        Participants participants = inputs.participants(programId);
        List<MentoringPair> current = pairs.findByProgramIdOrderByIdAsc(programId);
        List<MentoringPair> agreed =
                current.stream().filter(p -> p.getStatus().isAgreed()).toList();
        // accepted requests wait for the admin's confirmation: their mentees sit out and hold a mentor's place
        List<Taken> taken =
                new java.util.ArrayList<>(agreed.stream().map(Taken::of).toList());
        requests.findByProgramIdAndStatusIn(programId, Set.of(PairRequestStatus.ACCEPTED)).stream()
                .map(Taken::of)
                .forEach(taken::add);
        PairingInput input =
                inputs.buildTaking(program, settings, participants, taken, unmatchedLastTime(programId), Set.of());
        PairingResult result = engine.run(input);
        int changed = RunViews.changedPairs(current, result);
        if (request.preview()) {
            return RunViews.view(null, true, result, participants, changed);
        }
        pairs.deleteProposed(programId);
        PairingRun run = new PairingRun(programId, accountId, settings, clock.instant());
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
        return RunViews.view(run.getId(), false, result, participants, changed);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PairView> pairs(long programId, UpwardUser viewer) {
        programs.get(programId);
        List<MentoringPair> all = pairs.findByProgramIdOrderByIdAsc(programId);
        if (viewer.hasRole(Role.ADMIN)) {
            return views(all);
        }
        long me = people.getByEmail(viewer.email()).id();
        List<MentoringPair> mine = all.stream()
                .filter(p -> p.getMentorId() == me || p.getMenteeId() == me)
                .toList();
        if (mine.isEmpty() && !inputs.participants(programId).byId().containsKey(me)) {
            throw new AccessDeniedException(UiText.of("pairing.error.onlyAdminsAndTheProgramS"));
        }
        List<PairView> views = views(mine);
        return IntStream.range(0, mine.size())
                .mapToObj(i -> mine.get(i).flagRaisedBy(me) ? views.get(i) : PairViews.withoutFlag(views.get(i)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CandidateView> candidates(long programId, String menteeEmail) {
        ProgramView program = programs.get(programId);
        Participants participants = inputs.participants(programId);
        long menteeId = people.getByEmail(menteeEmail).id();
        var mentee = participants.byId().get(menteeId);
        if (mentee == null || mentee.side() != org.upward.enrollment.Side.MENTEE) {
            throw new InvalidFieldException("menteeEmail", UiText.of("pairing.error.isNotAMenteeWithA", menteeEmail));
        }
        PairingInput input = inputs.build(
                program,
                settings(program, new RunRequest(true, null, null, null)),
                participants,
                List.of(),
                Set.of(),
                Set.of());
        return engine.candidates(input, menteeId).stream()
                .map(c -> candidate(c, participants))
                .toList();
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
        List<Map<String, Object>> stillUnmatched =
                stored.stream().filter(u -> !pairedNow.contains(personId(u))).toList();
        Map<Long, PersonRef> refs = people.byIds(
                stillUnmatched.stream().map(PairingService::personId).toList());
        return stillUnmatched.stream()
                .map(u -> {
                    PersonRef person = refs.get(personId(u));
                    return new RunView.RunUnmatched(
                            person.email(), person.name(), (String) u.get("side"), (String) u.get("explanation"));
                })
                .toList();
    }

    /** The program's people with a complete profile, by name: who can be paired by hand. */
    @Transactional(readOnly = true)
    public List<PairingProfile> participants(long programId) {
        programs.get(programId);
        return inputs.participants(programId).byId().values().stream()
                .sorted(Comparator.comparing(PairingProfile::name).thenComparing(PairingProfile::email))
                .toList();
    }

    private static long personId(Map<String, Object> unmatched) {
        return ((Number) unmatched.get("personId")).longValue();
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

    /** Whether a program in this status can pair (and its pairs be flagged or swapped): MATCHING or RUNNING. */
    static boolean isPairable(ProgramStatus status) {
        return PAIRABLE.contains(status);
    }

    ProgramView pairable(long programId) {
        ProgramView program = programs.get(programId);
        if (!PAIRABLE.contains(program.status())) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.notPairingYet"),
                    UiText.of("pairing.error.isPairingRunsOnceTheProgram", program.name(), program.status()));
        }
        return program;
    }

    static RunSettings settings(ProgramView program, RunRequest request) {
        var matching = program.matching();
        var weights = request.weights();
        if (weights != null
                && weights.skillGapWeight() + weights.sharedInterestWeight() + weights.workStyleWeight() <= 0) {
            throw new InvalidFieldException("weights", UiText.of("pairing.error.atLeastOneWeightMustBe"));
        }
        return new RunSettings(
                weights == null ? matching.skillGapWeight() : weights.skillGapWeight(),
                weights == null ? matching.sharedInterestWeight() : weights.sharedInterestWeight(),
                weights == null ? matching.workStyleWeight() : weights.workStyleWeight(),
                request.minScore() == null ? matching.minScore() : request.minScore(),
                request.objective() == null
                        ? Objective.valueOf(matching.objective().name())
                        : request.objective());
    }

    private Set<Long> unmatchedLastTime(long programId) {
        Set<Long> ids = new HashSet<>();
        runs.findFirstByProgramIdOrderByIdDesc(programId)
                .ifPresent(run -> run.getUnmatched().forEach(u -> ids.add(personId(u))));
        return ids;
    }

    List<PairView> views(List<MentoringPair> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(p -> {
            ids.add(p.getMentorId());
            ids.add(p.getMenteeId());
        });
        Map<Long, PersonRef> refs = new HashMap<>(people.byIds(ids));
        return list.stream().map(p -> PairViews.of(p, refs)).toList();
    }
}
