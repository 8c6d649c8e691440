package org.upward.enrollment;

import java.util.List;
import java.util.Optional;

/** Who takes part in a program (enrolled, not withdrawn), for features that ask every participant something. */
public interface ProgramParticipants {

    /** One participant as other modules see them. */
    record Participant(long personId, String email, String name, Side side) {}

    /** Every participant who has not withdrawn, by name. */
    List<Participant> active(long programId);

    /** The person with that email if they take part in the program and have not withdrawn. */
    Optional<Participant> find(long programId, String email);

    /** The programs the person takes part in (not withdrawn), most recent first. */
    List<Long> programsOf(String email);
}
