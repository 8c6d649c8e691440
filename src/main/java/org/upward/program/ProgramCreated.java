package org.upward.program;

/** Published inside the transaction that creates a program. */
public record ProgramCreated(long programId, String name) {}
