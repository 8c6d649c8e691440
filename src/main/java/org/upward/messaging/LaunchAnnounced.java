package org.upward.messaging;

/** A program's launch announcement went to its {@code recipients} participants as it started running. */
public record LaunchAnnounced(long programId, String programName, int recipients) {}
