package org.upward.security.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** Earlier open links stop working when a new one is sent. */
    @Modifying
    @Query("delete from Invitation i where i.account.id = :accountId and i.usedAt is null")
    void deleteOpenFor(Long accountId);
}
