package org.upward.security;

import java.time.Instant;

/** A token as listed to its owner: never the token itself. */
public record ApiTokenView(long id, String name, Instant createdAt, Instant lastUsedAt) {

    static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt());
    }
}
