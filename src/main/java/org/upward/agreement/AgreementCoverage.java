package org.upward.agreement;

/** How far a program's active pairs are with their agreements: for the admin's to-do and the executives' share. */
public interface AgreementCoverage {

    /** An active pair should have an agreement both partners confirmed this many days after it became active. */
    int DAYS_TO_AGREE = 14;

    Coverage of(long programId);

    /**
     * @param activePairs the program's active pairs
     * @param confirmed those whose agreement both partners confirmed
     * @param overdue those without one {@link #DAYS_TO_AGREE} days or more after they became active
     */
    record Coverage(int activePairs, int confirmed, int overdue) {

        /** Below this many active pairs the share is not shown: a share of two or three pairs points at people. */
        public static final int MIN_PAIRS_FOR_SHARE = 5;

        /** The share of active pairs with a confirmed agreement (0–1), or null when too few pairs to show it. */
        public Double confirmedShare() {
            return activePairs < MIN_PAIRS_FOR_SHARE ? null : (double) confirmed / activePairs;
        }
    }
}
