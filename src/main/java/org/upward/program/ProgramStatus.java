package org.upward.program;

/** Where a program is in its lifecycle; {@link ProgramLifecycle} decides which moves are allowed. */
public enum ProgramStatus {
    DRAFT,
    ENROLLING,
    MATCHING,
    RUNNING,
    COMPLETED,
    ARCHIVED
}
