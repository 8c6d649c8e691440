package org.upward.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A one-time, expiring link to choose a password. Only the token's hash is stored. */
@Entity
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String tokenHash;

    private Long invitedByAccountId;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    protected Invitation() {}

    Invitation(Account account, String tokenHash, Long invitedByAccountId, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.invitedByAccountId = invitedByAccountId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Account getAccount() {
        return account;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void markUsed(Instant at) {
        usedAt = at;
    }
}
