package org.upward.pairing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.PairingProfile;
import org.upward.enrollment.ProgramParticipants;
import org.upward.enrollment.Side;
import org.upward.pairing.PairStatus;
import org.upward.pairing.RunRequest;
import org.upward.pairing.engine.Candidate;
import org.upward.pairing.engine.PairingEngine;
import org.upward.pairing.engine.PairingInput;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/** Participant choice: a mentee sees their best options and asks one mentor; who asked whom. */
@Service
class ParticipantChoice {

    static final int OPTIONS = 5;
    static final Set<PairRequestStatus> LIVE = Set.of(PairRequestStatus.REQUESTED, PairRequestStatus.ACCEPTED);

    private final PairingEngine engine = new PairingEngine(UiText::of);
    private final ProgramService programs;
    private final ChoosingPrograms choosingPrograms;
    private final PairingInputs inputs;
    private final PairRepository pairs;
    private final PairRequestRepository requests;
    private final People people;
    private final Clock clock;

    private final ProgramParticipants members;

    ParticipantChoice(
            ProgramService programs,
            ChoosingPrograms choosingPrograms,
            PairingInputs inputs,
            PairRepository pairs,
            PairRequestRepository requests,
            People people,
            ProgramParticipants members,
            Clock clock) {
        this.programs = programs;
        this.choosingPrograms = choosingPrograms;
        this.members = members;
        this.inputs = inputs;
        this.pairs = pairs;
        this.requests = requests;
        this.people = people;
        this.clock = clock;
    }

    /** The mentee's five best eligible mentors who still have room, best first. */
    @Transactional(readOnly = true)
    public List<CandidateView> options(long programId, String menteeEmail) {
        ProgramView program = choosing(programId);
        Participants participants = inputs.participants(programId);
        long menteeId = unpairedMentee(programId, participants, menteeEmail);
        return eligibleOptions(program, participants, menteeId).stream()
                .map(c -> {
                    PairingProfile mentor = participants.byId().get(c.mentorId());
                    return new CandidateView(
                            mentor.email(),
                            mentor.name(),
                            true,
                            c.score(),
                            Breakdowns.of(c.breakdown()),
                            c.explanation(),
                            null);
                })
                .toList();
    }

    /** The mentee asks one of their options; one live request at a time. */
    @Transactional
    public PairRequestView request(long programId, String menteeEmail, String mentorEmail) {
        ProgramView program = choosing(programId);
        Participants participants = inputs.participants(programId);
        long menteeId = unpairedMentee(programId, participants, menteeEmail);
        requests.findByProgramIdAndStatusIn(programId, LIVE).stream()
                .filter(r -> r.getMenteeId() == menteeId)
                .findFirst()
                .ifPresent(live -> {
                    throw new ConflictException(
                            UiText.of("pairing.conflict.alreadyAsked"),
                            UiText.of(
                                    "pairing.error.youAlreadyAskedOneRequestAt",
                                    participants.email(live.getMentorId())));
                });
        Long mentorId = people.findByEmail(mentorEmail == null ? "" : mentorEmail)
                .map(PersonRef::id)
                .orElse(null);
        boolean option = eligibleOptions(program, participants, menteeId).stream()
                .anyMatch(c -> mentorId != null && c.mentorId() == mentorId);
        if (!option) {
            throw new InvalidFieldException(
                    "mentorEmail", UiText.of("pairing.error.isNotOneOfYourBest", mentorEmail, OPTIONS));
        }
        PairRequest saved = requests.saveAndFlush(new PairRequest(programId, menteeId, mentorId, clock.instant()));
        return views(List.of(saved)).get(0);
    }

    /** Every request of the program for an admin; a participant's own otherwise. */
    @Transactional(readOnly = true)
    public List<PairRequestView> requests(long programId, UpwardUser viewer) {
        programs.get(programId);
        List<PairRequest> all = requests.findByProgramIdOrderByIdAsc(programId);
        if (!viewer.hasRole(Role.ADMIN)) {
            Long me = people.findByEmail(viewer.email()).map(PersonRef::id).orElse(-1L);
            all = all.stream()
                    .filter(r -> r.getMenteeId() == me || r.getMentorId() == me)
                    .toList();
            if (all.isEmpty() && members.find(programId, viewer.email()).isEmpty()) {
                throw new AccessDeniedException(UiText.of("pairing.error.onlyTheProgramSParticipantsSee"));
            }
        }
        return views(all);
    }

    /** The program, when its participants are choosing now; a conflict says why not otherwise. */
    ProgramView choosing(long programId) {
        return choosingPrograms.choosing(programId);
    }

    /** Agreed pairs and accepted requests: each holds a mentor's place and takes its mentee out. */
    List<Taken> placesTaken(long programId) {
        List<Taken> taken = new ArrayList<>();
        pairs.findByProgramIdAndStatusIn(programId, Set.of(PairStatus.APPROVED, PairStatus.ACTIVE))
                .forEach(p -> taken.add(Taken.of(p)));
        requests.findByProgramIdAndStatusIn(programId, Set.of(PairRequestStatus.ACCEPTED))
                .forEach(r -> taken.add(Taken.of(r)));
        return taken;
    }

    private List<Candidate> eligibleOptions(ProgramView program, Participants participants, long menteeId) {
        List<Taken> taken = placesTaken(program.id()).stream()
                .filter(t -> t.menteeId() != menteeId)
                .toList();
        PairingInput input = inputs.buildTaking(
                program,
                PairingService.settings(program, new RunRequest(true, null, null, null)),
                participants,
                taken,
                Set.of(),
                Set.of());
        return engine.candidates(input, menteeId).stream()
                .filter(Candidate::eligible)
                .limit(OPTIONS)
                .toList();
    }

    private long unpairedMentee(long programId, Participants participants, String email) {
        PairingProfile mentee = participants.byId().values().stream()
                .filter(p -> p.email().equalsIgnoreCase(email) && p.side() == Side.MENTEE)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException(UiText.of("pairing.error.onlyTheProgramSMenteesWith")));
        boolean paired = pairs.findByProgramIdOrderByIdAsc(programId).stream()
                .anyMatch(p ->
                        p.getMenteeId() == mentee.personId() && p.getStatus().isLive());
        if (paired) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.alreadyPaired"), UiText.of("pairing.error.youAlreadyHaveAPairIn"));
        }
        return mentee.personId();
    }

    List<PairRequestView> views(List<PairRequest> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(r -> {
            ids.add(r.getMentorId());
            ids.add(r.getMenteeId());
        });
        var refs = people.byIds(ids);
        return list.stream().map(r -> PairRequestView.of(r, refs)).toList();
    }
}
