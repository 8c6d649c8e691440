package org.upward.enrollment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.EnrollmentStatus;
import org.upward.enrollment.ProgramParticipants;
import org.upward.enrollment.ProgramParticipants.Participant;
import org.upward.people.People;
import org.upward.people.PersonRef;

/** Who takes part in a program (enrolled, not withdrawn), for features that ask every participant something. */
@Service
class EnrolledParticipants implements ProgramParticipants {

    private final NamedEnrollments named;
    private final People people;
    private final PersonEnrollments held;

    EnrolledParticipants(NamedEnrollments named, People people, PersonEnrollments held) {
        this.named = named;
        this.people = people;
        this.held = held;
    }

    /** Every participant who has not withdrawn, by name. */
    @Transactional(readOnly = true)
    public List<Participant> active(long programId) {
        return named.of(programId).stream()
                .filter(n -> n.enrollment().getStatus() != EnrollmentStatus.WITHDRAWN)
                .map(n -> participant(n.enrollment(), n.person()))
                .toList();
    }

    /** The person with that email if they take part in the program and have not withdrawn. */
    @Transactional(readOnly = true)
    public Optional<Participant> find(long programId, String email) {
        return people.findByEmail(email).flatMap(person -> held.of(person.id()).stream()
                .filter(e -> e.programId() == programId && e.status() != EnrollmentStatus.WITHDRAWN)
                .findFirst()
                .map(e -> new Participant(person.id(), person.email(), person.name(), e.side())));
    }

    /** The programs the person takes part in (not withdrawn), most recent first. */
    @Transactional(readOnly = true)
    public List<Long> programsOf(String email) {
        return people.findByEmail(email)
                .map(person -> held.of(person.id()).stream()
                        .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
                        .map(PersonEnrollments.Held::programId)
                        .toList())
                .orElse(List.of());
    }

    private static Participant participant(Enrollment e, PersonRef person) {
        return new Participant(person.id(), person.email(), person.name(), e.getSide());
    }
}
