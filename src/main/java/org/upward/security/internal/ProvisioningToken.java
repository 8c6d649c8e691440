package org.upward.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A bearer token an identity provider uses for SCIM provisioning: not a person's API token, and good for
 * {@code /scim/v2} only. Only its SHA-256 hash is stored; the token is shown once.
 */
@Entity
class ProvisioningToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String tokenHash;

    private Long createdByAccountId;

    private Instant createdAt;

    private Instant lastUsedAt;

    private Instant revokedAt;

    protected ProvisioningToken() {}

    ProvisioningToken(String name, String tokenHash, long createdByAccountId, Instant createdAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdByAccountId = createdByAccountId;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
