package org.upward.outcome;

/** What other modules may ask about a program's business outcomes (admins record them on its pages and API). */
public interface BusinessOutcomes {

    /** Whether any outcome is recorded for the program (one existence check, for to-do lists). */
    boolean anyRecorded(long programId);
}
