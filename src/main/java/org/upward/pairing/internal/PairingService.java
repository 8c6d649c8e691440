package org.upward.pairing.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.PairingProfile;
import org.upward.pairing.ActivePair;
import org.upward.pairing.PairHealth;
import org.upward.pairing.PairHealths;
import org.upward.pairing.PairStatus;
import org.upward.pairing.PairView;
import org.upward.pairing.ProgramPairs;
import org.upward.pairing.RunRequest;
import org.upward.pairing.engine.Objective;
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

/** A program's pairs and pairable people, and the rules every pairing action shares: when, and with what settings. */
@Service
class PairingService implements ProgramPairs {

    private static final Set<ProgramStatus> PAIRABLE = Set.of(ProgramStatus.MATCHING, ProgramStatus.RUNNING);

    private final ProgramService programs;
    private final PairingInputs inputs;
    private final PairRepository pairs;
    private final People people;
    private final ObjectProvider<PairHealths> healths;

    PairingService(
            ProgramService programs,
            PairingInputs inputs,
            PairRepository pairs,
            People people,
            ObjectProvider<PairHealths> healths) {
        this.programs = programs;
        this.inputs = inputs;
        this.pairs = pairs;
        this.people = people;
        this.healths = healths;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PairView> pairs(long programId, UpwardUser viewer) {
        programs.get(programId);
        List<MentoringPair> all = pairs.findByProgramIdOrderByIdAsc(programId);
        if (viewer.hasRole(Role.ADMIN)) {
            return withHealth(programId, views(all));
        }
        long me = people.getByEmail(viewer.email()).id();
        List<MentoringPair> mine = all.stream()
                .filter(p -> p.getMentorId() == me || p.getMenteeId() == me)
                .toList();
        if (mine.isEmpty() && !inputs.participants(programId).byId().containsKey(me)) {
            throw new AccessDeniedException(UiText.of("pairing.error.onlyAdminsAndTheProgramS"));
        }
        List<PairView> views = withHealth(programId, views(mine));
        return IntStream.range(0, mine.size())
                .mapToObj(i -> mine.get(i).flagRaisedBy(me) ? views.get(i) : PairViews.withoutFlag(views.get(i)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivePair> active(long programId) {
        return pairs.findByProgramIdAndStatusIn(programId, Set.of(PairStatus.ACTIVE)).stream()
                .map(p -> new ActivePair(p.getId(), p.getMentorId(), p.getMenteeId(), p.getActivatedAt()))
                .toList();
    }

    private List<PairView> withHealth(long programId, List<PairView> views) {
        PairHealths known = healths.getIfAvailable();
        if (known == null || views.stream().noneMatch(v -> v.status() == PairStatus.ACTIVE)) {
            return views;
        }
        Map<Long, PairHealth> health = known.of(programId);
        return views.stream().map(v -> v.withHealth(health.get(v.id()))).toList();
    }

    /** The program's people with a complete profile, by name: who can be paired by hand. */
    @Transactional(readOnly = true)
    public List<PairingProfile> participants(long programId) {
        programs.get(programId);
        return inputs.participants(programId).byId().values().stream()
                .sorted(Comparator.comparing(PairingProfile::name).thenComparing(PairingProfile::email))
                .toList();
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
