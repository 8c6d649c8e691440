package org.upward.security.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProvisioningTokenRepository extends JpaRepository<ProvisioningToken, Long> {

    Optional<ProvisioningToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    Page<ProvisioningToken> findByRevokedAtIsNullOrderByCreatedAtDesc(Pageable page);

    @Modifying
    @Query("update ProvisioningToken t set t.lastUsedAt = :at where t.id = :id")
    void markUsed(Long id, Instant at);
}
