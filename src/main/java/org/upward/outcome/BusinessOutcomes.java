package org.upward.outcome;

/** Records, lists and removes a program's business outcomes; only admins reach it. */
public interface BusinessOutcomes {

    /** Whether any outcome is recorded for the program (one existence check, for to-do lists). */
    boolean anyRecorded(long programId);
}
