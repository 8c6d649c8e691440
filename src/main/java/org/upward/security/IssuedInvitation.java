package org.upward.security;

import java.time.Instant;

/** An invitation just created: the link is shown to the admin once (and mailed when SMTP is set). */
public record IssuedInvitation(String email, String inviteUrl, Instant expiresAt) {}
