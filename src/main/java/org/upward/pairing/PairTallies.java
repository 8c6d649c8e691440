package org.upward.pairing;

/** Counts a program's pairs by what they wait for, for the admin's "to do" list. */
public interface PairTallies {

    PairTally of(long programId);
}
