package org.upward.enrollment.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.Completeness;
import org.upward.enrollment.EnrollmentService;
import org.upward.enrollment.EnrollmentStatus;
import org.upward.enrollment.EnrollmentView;
import org.upward.enrollment.PairingProfile;
import org.upward.enrollment.ParticipantRemoved;
import org.upward.enrollment.Side;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillView;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/** Enrollments' public face for admins: who takes part in a program, on which side, with which profile. */
@Service
class ProgramRoster implements EnrollmentService {

    private static final Set<ProgramStatus> OPEN = Set.of(ProgramStatus.DRAFT, ProgramStatus.ENROLLING);

    private final EnrollmentRepository enrollments;
    private final NamedEnrollments named;
    private final People people;
    private final SkillCatalog skills;
    private final ProgramService programs;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProgramRoster(
            EnrollmentRepository enrollments,
            NamedEnrollments named,
            People people,
            SkillCatalog skills,
            ProgramService programs,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.enrollments = enrollments;
        this.named = named;
        this.people = people;
        this.skills = skills;
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EnrollmentView> list(long programId) {
        programs.get(programId);
        Map<Long, SkillView> byId = skillsById();
        return named.of(programId).stream()
                .map(n -> EnrollmentViews.view(n.enrollment(), n.person(), byId))
                .toList();
    }

    @Transactional(readOnly = true)
    public Completeness completeness(long programId) {
        List<Enrollment> active = enrollments.findByProgramId(programId).stream()
                .filter(e -> e.getStatus() != EnrollmentStatus.WITHDRAWN)
                .toList();
        return new Completeness(
                count(active, Side.MENTOR, false),
                count(active, Side.MENTOR, true),
                count(active, Side.MENTEE, false),
                count(active, Side.MENTEE, true));
    }

    private static long count(List<Enrollment> active, Side side, boolean completeOnly) {
        return active.stream()
                .filter(e -> e.getSide() == side && (!completeOnly || e.isComplete()))
                .count();
    }

    /** Adds a person on one side with an empty profile, which they fill in themselves. */
    @Transactional
    public EnrollmentView enroll(long programId, String email, Side side) {
        requireOpen(programId);
        PersonRef person = people.getByEmail(email);
        enrollments.findByProgramIdAndPersonId(programId, person.id()).ifPresent(existing -> {
            throw new ConflictException(
                    UiText.of("enrollment.conflict.alreadyEnrolled"),
                    UiText.of("enrollment.error.isAlreadyEnrolledInThisProgram", person.name(), existing.getSide()));
        });
        return EnrollmentViews.view(
                enrollments.save(new Enrollment(programId, person.id(), side, clock.instant())), person, skillsById());
    }

    @Transactional
    public void withdraw(long programId, long enrollmentId) {
        Enrollment enrollment = find(programId, enrollmentId);
        enrollment.withdraw(clock.instant());
        events.publishEvent(new ParticipantRemoved(programId, enrollment.getPersonId()));
    }

    @Transactional
    public void reinstate(long programId, long enrollmentId) {
        requireOpen(programId);
        find(programId, enrollmentId).reinstate(clock.instant());
    }

    /** The active enrollments with complete profiles: the people a pairing run considers. */
    @Transactional(readOnly = true)
    public List<PairingProfile> pairingProfiles(long programId) {
        return named.of(programId).stream()
                .filter(n -> n.enrollment().getStatus() != EnrollmentStatus.WITHDRAWN
                        && n.enrollment().isComplete())
                .map(n -> EnrollmentViews.pairingProfile(n.enrollment(), n.person()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<String> activeEmails(long programId) {
        return named.of(programId).stream()
                .filter(n -> n.enrollment().getStatus() != EnrollmentStatus.WITHDRAWN)
                .map(n -> n.person().email())
                .toList();
    }

    private Enrollment find(long programId, long enrollmentId) {
        programs.get(programId);
        return enrollments
                .findByIdAndProgramId(enrollmentId, programId)
                .orElseThrow(() -> new EnrollmentNotFoundException(enrollmentId));
    }

    ProgramView requireOpen(long programId) {
        ProgramView program = programs.get(programId);
        if (!OPEN.contains(program.status())) {
            throw new ConflictException(
                    UiText.of("enrollment.conflict.enrollmentClosed"),
                    UiText.of("enrollment.error.isPeopleCanBeEnrolledOnly", program.name(), program.status()));
        }
        return program;
    }

    Map<Long, SkillView> skillsById() {
        return skills.all().stream().collect(Collectors.toMap(SkillView::id, Function.identity()));
    }

    Map<String, SkillView> skillsByLowerName() {
        Map<String, SkillView> byName = new HashMap<>();
        skills.all().forEach(skill -> byName.put(skill.name().toLowerCase(Locale.ROOT), skill));
        return byName;
    }
}
