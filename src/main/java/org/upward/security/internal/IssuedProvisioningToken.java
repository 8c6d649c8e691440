package org.upward.security.internal;

import java.time.Instant;

/** A provisioning token just created: the only time the token itself is shown. */
record IssuedProvisioningToken(long id, String name, String token, Instant createdAt) {}
