package org.upward.impact;

/**
 * A program's impact as other modules may read it: the few figures of its row on the executive's home page, each
 * already suppressed when built from fewer than five people.
 */
public interface ImpactReports {

    /** The figures of the program that the executive's home page shows. */
    ImpactSummary summaryOf(long programId);
}
