package org.upward.security.internal;

import java.time.Instant;

/** A live provisioning token as listed: never the token itself. */
record ProvisioningTokenView(long id, String name, Instant createdAt, Instant lastUsedAt) {

    static ProvisioningTokenView of(ProvisioningToken token) {
        return new ProvisioningTokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt());
    }
}
