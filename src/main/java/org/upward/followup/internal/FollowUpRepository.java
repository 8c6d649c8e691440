package org.upward.followup.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    /** A pair's follow-ups, open ones first, newest first. */
    @Query("select f from FollowUp f where f.pairId = :pairId order by f.state desc, f.id desc")
    Page<FollowUp> findByPair(long pairId, Pageable page);

    /** Open follow-ups of these pairs, newest first. */
    @Query("select f from FollowUp f where f.pairId in :pairIds and f.state = 'OPEN' order by f.id desc")
    Page<FollowUp> findOpen(Collection<Long> pairIds, Pageable page);

    /** For a change: the row locked, so the version read is still the one when the change is saved. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FollowUp f where f.id = :id")
    Optional<FollowUp> findForChange(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FollowUp f where f.id in :ids order by f.id")
    List<FollowUp> findForChange(Collection<Long> ids);
}
