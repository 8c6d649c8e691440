package org.upward.pairing.internal;

import java.time.Instant;
import java.util.Map;
import org.upward.people.PersonRef;

/** A mentee's request for a mentor, as the API and pages show it. */
record PairRequestView(
        long id,
        long programId,
        String menteeEmail,
        String menteeName,
        String mentorEmail,
        String mentorName,
        PairRequestStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static PairRequestView of(PairRequest request, Map<Long, PersonRef> people) {
        PersonRef mentee = people.get(request.getMenteeId());
        PersonRef mentor = people.get(request.getMentorId());
        return new PairRequestView(
                request.getId(),
                request.getProgramId(),
                mentee.email(),
                mentee.name(),
                mentor.email(),
                mentor.name(),
                request.getStatus(),
                request.getCreatedAt(),
                request.getUpdatedAt(),
                request.getVersion());
    }
}
