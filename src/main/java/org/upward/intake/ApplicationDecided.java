package org.upward.intake;

/** An admin (or the waitlist, when a place freed up) moved an application to {@code status}. */
public record ApplicationDecided(
        long applicationId, long programId, String applicantEmail, ApplicationStatus status, String reason) {}
