package org.upward.sessions;

/**
 * Published once per RUNNING program by a reminder run that reminded at least one of its pairs: how many of
 * its pairs are waiting for their intro chat, due a session and check-in, or overdue (quiet pairs included),
 * and how many were reminded by this run. Counts only, no names.
 */
public record RemindersSent(long programId, String programName, int introDue, int due, int overdue, int reminded) {}
