package org.upward.security.internal;

import java.time.Instant;

/** A token just created: the only time the token itself is shown. */
record IssuedApiToken(long id, String name, String token, Instant createdAt) {}
