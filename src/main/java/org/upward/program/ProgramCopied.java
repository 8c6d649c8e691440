package org.upward.program;

/**
 * Published inside the transaction that copies a program: into a new DRAFT (the next cohort), into a template, or
 * from a template into a new DRAFT. The modules that keep a program's other settings (agreement template,
 * conversation topics, survey items and waves, intake form) copy theirs from {@code fromProgramId} to
 * {@code toProgramId} in the same transaction, moving their dates by {@code daysMoved} (how far the copy's start is
 * from the original's). A template is no program: {@link ProgramService} does not know either end of a copy that
 * involves one, so a listener uses the ids and days given here. No {@link ProgramCreated} is published for the copy.
 */
public record ProgramCopied(
        long fromProgramId,
        String fromName,
        long toProgramId,
        String toName,
        long daysMoved,
        ProgramCopyPurpose purpose) {

    /** Whether the copy is a template rather than a program (nobody is to be told about it). */
    public boolean toTemplate() {
        return purpose == ProgramCopyPurpose.SAVED_AS_TEMPLATE;
    }
}
