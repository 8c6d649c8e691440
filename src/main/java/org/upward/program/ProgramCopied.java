package org.upward.program;

/**
 * Published inside the transaction that copies a program into a new DRAFT (the next cohort): the modules that keep
 * a program's other settings (agreement template, conversation topics, survey items and waves) copy theirs from
 * {@code fromProgramId} to {@code toProgramId} in the same transaction. No {@link ProgramCreated} is published for
 * the copy.
 */
public record ProgramCopied(long fromProgramId, String fromName, long toProgramId, String toName) {}
