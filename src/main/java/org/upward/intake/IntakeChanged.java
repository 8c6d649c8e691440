package org.upward.intake;

/** An admin opened or changed a program's intake. */
public record IntakeChanged(long programId, String programName) {}
