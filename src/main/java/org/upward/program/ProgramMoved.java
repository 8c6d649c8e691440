package org.upward.program;

/** Published inside the transaction that moves a program from one lifecycle status to the next. */
public record ProgramMoved(long programId, String name, ProgramStatus from, ProgramStatus to) {}
