package org.upward.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByPersonId(long personId);

    @Query("select count(a) > 0 from Account a join a.roles r where r = org.upward.security.Role.ADMIN and a.enabled")
    boolean existsEnabledAdmin();

    @Query("select count(a) from Account a join a.roles r where r = org.upward.security.Role.ADMIN and a.enabled")
    long countEnabledAdmins();

    @Query("select a from Account a join a.roles r where r = org.upward.security.Role.ADMIN")
    List<Account> findAdmins();

    @Query("select a.personId from Account a join a.roles r where r = org.upward.security.Role.ADMIN")
    List<Long> adminPersonIds();

    @Modifying
    @Query("update Account a set a.failedLoginCount = 0, a.lockedUntil = null, a.lastLoginAt = :at where a.id = :id")
    int recordLogin(Long id, Instant at);
}
