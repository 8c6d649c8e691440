package org.upward.program;

/**
 * How many approved pairs a program has. The pairing feature provides the real answer as a bean;
 * until it exists, {@code ProgramConfiguration} answers 0.
 */
public interface ApprovedPairsCount {

    long approvedPairs(long programId);
}
