package org.upward.program;

/**
 * Published inside the transaction that creates a program.
 *
 * @param sponsorId the person named as its sponsor, or null without one
 */
public record ProgramCreated(long programId, String name, Long sponsorId) {}
