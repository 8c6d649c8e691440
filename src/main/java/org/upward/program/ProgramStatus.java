package org.upward.program;

/** Where a program is in its lifecycle; {@code ProgramLifecycle} decides which moves are allowed. */
public enum ProgramStatus {
    DRAFT,
    ENROLLING,
    MATCHING,
    RUNNING,
    COMPLETED,
    ARCHIVED;

    /** Whether the program has run, so that it has results an impact dashboard can show. */
    public boolean hasResults() {
        return this == RUNNING || this == COMPLETED || this == ARCHIVED;
    }
}
