package org.upward.agreement.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PairAgreementRepository extends JpaRepository<PairAgreement, Long> {

    Optional<PairAgreement> findByPairId(long pairId);

    List<PairAgreement> findByPairIdIn(Collection<Long> pairIds);

    /** Each agreement's pair and how many goals it has, in one query: [pairId, goals]. */
    @Query("select a.pairId, size(a.goals) from PairAgreement a where a.pairId in :pairIds")
    List<Object[]> goalCounts(Collection<Long> pairIds);

    /** For a change: the row locked, so the version read is still the one when the change is saved. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from PairAgreement a where a.pairId = :pairId")
    Optional<PairAgreement> findForChange(long pairId);
}
