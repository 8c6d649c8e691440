package org.upward.enrollment;

import java.util.List;

/** Who takes part in a program, on which side, with which profile: what other modules may ask and do. */
public interface EnrollmentService {

    List<EnrollmentView> list(long programId);

    Completeness completeness(long programId);

    /** Adds a person on one side with an empty profile, which they fill in themselves. */
    EnrollmentView enroll(long programId, String email, Side side);

    /** The active enrollments with complete profiles: the people a pairing run considers. */
    List<PairingProfile> pairingProfiles(long programId);
}
