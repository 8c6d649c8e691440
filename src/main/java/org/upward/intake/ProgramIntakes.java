package org.upward.intake;

import java.util.Optional;

/** A program's intake as other modules (the demo) may read and open it; the rules and the audit apply. */
public interface ProgramIntakes {

    Optional<IntakeSettings> find(long programId);

    /** Opens (or changes) the program's intake; the program must be enrolling. */
    IntakeSettings open(long programId, IntakeSettings settings);
}
