package org.upward.security;

import java.time.Instant;

/** Published when an invitation is created, so that it can be mailed once the transaction commits. */
public record InvitationIssued(String email, String name, String inviteUrl, Instant expiresAt) {}
