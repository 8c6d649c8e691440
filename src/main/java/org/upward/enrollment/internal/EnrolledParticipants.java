package org.upward.enrollment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.EnrollmentStatus;
import org.upward.enrollment.ProgramParticipants;
import org.upward.enrollment.ProgramParticipants.Participant;
import org.upward.people.Person;

/** Who takes part in a program (enrolled, not withdrawn), for features that ask every participant something. */
@Service
class EnrolledParticipants implements ProgramParticipants {

    /** A participant of one program and their side. */
    private final EnrollmentRepository enrollments;

    EnrolledParticipants(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    /** Every participant who has not withdrawn, by name. */
    @Transactional(readOnly = true)
    public List<Participant> active(long programId) {
        return enrollments.findByProgramIdOrderByPersonNameAsc(programId).stream()
                .filter(e -> e.getStatus() != EnrollmentStatus.WITHDRAWN)
                .map(EnrolledParticipants::participant)
                .toList();
    }

    /** The person with that email if they take part in the program and have not withdrawn. */
    @Transactional(readOnly = true)
    public Optional<Participant> find(long programId, String email) {
        return enrollments.findByPersonEmailOrderByIdDesc(Person.normalizeEmail(email)).stream()
                .filter(e -> e.getProgramId() == programId && e.getStatus() != EnrollmentStatus.WITHDRAWN)
                .findFirst()
                .map(EnrolledParticipants::participant);
    }

    /** The programs the person takes part in (not withdrawn), most recent first. */
    @Transactional(readOnly = true)
    public List<Long> programsOf(String email) {
        return enrollments.findByPersonEmailOrderByIdDesc(Person.normalizeEmail(email)).stream()
                .filter(e -> e.getStatus() != EnrollmentStatus.WITHDRAWN)
                .map(Enrollment::getProgramId)
                .toList();
    }

    private static Participant participant(Enrollment e) {
        return new Participant(
                e.getPerson().getId(), e.getPerson().getEmail(), e.getPerson().getName(), e.getSide());
    }
}
