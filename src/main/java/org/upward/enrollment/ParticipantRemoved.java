package org.upward.enrollment;

/** An admin withdrew a person from a program (their enrollment is WITHDRAWN): their place is free again. */
public record ParticipantRemoved(long programId, long personId) {}
