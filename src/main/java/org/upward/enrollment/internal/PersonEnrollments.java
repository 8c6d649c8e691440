package org.upward.enrollment.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.upward.enrollment.EnrollmentStatus;
import org.upward.enrollment.Side;
import org.upward.shared.ReadOncePerRequest;

/**
 * A person's enrollments, newest first, read once per GET request (the home page's programs, surveys, assessments
 * and intakes each asked, and each read them with their skills and interests again); callers are in a transaction.
 */
@Component
class PersonEnrollments {

    /** One enrollment as the person's own lists need it; {@code complete}: the profile is filled in. */
    record Held(long id, long programId, EnrollmentStatus status, Side side, boolean complete) {}

    private final EnrollmentRepository enrollments;

    PersonEnrollments(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    List<Held> of(long personId) {
        return ReadOncePerRequest.get(
                "enrollments-of-person:" + personId, () -> enrollments.findByPersonIdOrderByIdDesc(personId).stream()
                        .map(e -> new Held(e.getId(), e.getProgramId(), e.getStatus(), e.getSide(), e.isComplete()))
                        .toList());
    }
}
