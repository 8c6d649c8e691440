package org.upward.security.internal;

import java.time.Instant;

/** A token as listed to its owner: never the token itself. */
record ApiTokenView(long id, String name, Instant createdAt, Instant lastUsedAt) {

    static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt());
    }
}
