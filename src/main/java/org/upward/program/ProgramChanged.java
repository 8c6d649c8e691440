package org.upward.program;

/** Published inside the transaction that saves an edit of a program. */
public record ProgramChanged(long programId, String name) {}
