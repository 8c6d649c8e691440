package org.upward.enrollment.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.EnrollmentStatus;
import org.upward.enrollment.EnrollmentView;
import org.upward.enrollment.MyEnrollment;
import org.upward.enrollment.ParticipantProfiles;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.security.ParticipantRoleSource;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/** A participant's view of their own enrollments: only ever their own, editable while enrolling. */
@Service
class ParticipantProfileService implements ParticipantRoleSource, ParticipantProfiles {

    /** An enrollment of the person asking, with who they are. */
    private record Own(Enrollment enrollment, PersonRef person) {}

    private final EnrollmentRepository enrollments;
    private final ProgramRoster admin;
    private final People people;
    private final ProgramService programs;
    private final Clock clock;
    private final PersonEnrollments held;

    ParticipantProfileService(
            EnrollmentRepository enrollments,
            PersonEnrollments held,
            ProgramRoster admin,
            People people,
            ProgramService programs,
            Clock clock) {
        this.enrollments = enrollments;
        this.held = held;
        this.admin = admin;
        this.people = people;
        this.programs = programs;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isParticipant(String email) {
        return people.findByEmail(email)
                .map(person -> enrollments.existsActiveFor(person.id()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public List<MyEnrollment> mine(String email) {
        List<PersonEnrollments.Held> all =
                people.findByEmail(email).map(person -> held.of(person.id())).orElse(List.of());
        return all.stream()
                .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
                .map(e -> {
                    ProgramView program = programs.get(e.programId());
                    return new MyEnrollment(
                            e.id(), program.id(), program.name(), program.status(), e.side(), e.complete());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public EnrollmentView profile(long enrollmentId, String email) {
        Own own = own(enrollmentId, email);
        return EnrollmentViews.view(own.enrollment(), own.person(), admin.skillsById());
    }

    /** Saves the profile, or answers what is wrong with it (and saves nothing). */
    @Transactional
    public List<ProfileProblem> save(long enrollmentId, String email, EnrollmentDraft draft, long version) {
        Enrollment enrollment = own(enrollmentId, email).enrollment();
        ProgramView program = programs.get(enrollment.getProgramId());
        if (program.status() != ProgramStatus.ENROLLING) {
            throw new ConflictException(
                    UiText.of("enrollment.conflict.profileClosed"),
                    UiText.of("enrollment.error.profilesCanBeChangedOnlyWhile", program.name()));
        }
        if (enrollment.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Enrollment.class, enrollmentId);
        }
        EnrollmentDraft forSide = new EnrollmentDraft(
                email,
                enrollment.getSide(),
                draft.skillsOffered(),
                draft.skillsWanted(),
                draft.interests(),
                draft.workStyle(),
                draft.meetingPreference(),
                draft.capacity());
        ProfileRules.Checked checked = new ProfileRules(admin.skillsByLowerName()).check(forSide);
        checked.profile().ifPresent(profile -> enrollment.apply(profile, clock.instant()));
        return checked.problems();
    }

    private Own own(long enrollmentId, String email) {
        return people.findByEmail(email)
                .flatMap(person -> enrollments
                        .findById(enrollmentId)
                        .filter(e -> e.getPersonId() == person.id())
                        .map(e -> new Own(e, person)))
                .orElseThrow(() -> new EnrollmentNotFoundException(enrollmentId));
    }
}
