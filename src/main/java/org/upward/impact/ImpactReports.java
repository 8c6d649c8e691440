package org.upward.impact;

/**
 * Builds a program's impact dashboard from SQL aggregates over the other features' tables, read-only. Every
 * figure built from fewer than five people is suppressed here, so no page, API response or CSV can show it.
 */
public interface ImpactReports {

    /** The figures of the program that the executive's home page shows. */
    ImpactSummary summaryOf(long programId);
}
