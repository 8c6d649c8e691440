package org.upward.enrollment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.upward.people.People;
import org.upward.people.PersonRef;

/**
 * A program's enrollments with who each one is, by name as the directory orders them: one query for the
 * enrollments and one for their people, at any program size.
 */
@Component
class NamedEnrollments {

    /** One enrollment and the person it is for. */
    record Named(Enrollment enrollment, PersonRef person) {}

    private final EnrollmentRepository enrollments;
    private final People people;

    NamedEnrollments(EnrollmentRepository enrollments, People people) {
        this.enrollments = enrollments;
        this.people = people;
    }

    List<Named> of(long programId) {
        Map<Long, Enrollment> byPerson = enrollments.findByProgramId(programId).stream()
                .collect(Collectors.toMap(Enrollment::getPersonId, Function.identity()));
        List<Named> named = new ArrayList<>();
        people.byIds(byPerson.keySet()).forEach((id, person) -> named.add(new Named(byPerson.get(id), person)));
        return named;
    }
}
