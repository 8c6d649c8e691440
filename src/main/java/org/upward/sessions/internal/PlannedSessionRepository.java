package org.upward.sessions.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlannedSessionRepository extends JpaRepository<PlannedSession, Long> {

    Page<PlannedSession> findByPairIdOrderByStartsAtAscIdAsc(long pairId, Pageable pageable);

    List<PlannedSession> findByPairIdOrderByStartsAtAscIdAsc(long pairId);

    Page<PlannedSession> findByPairIdAndSessionIdIsNullOrderByStartsAtAscIdAsc(long pairId, Pageable pageable);

    Optional<PlannedSession> findByIdAndPairId(long id, long pairId);

    boolean existsByPairId(long pairId);

    Optional<PlannedSession> findFirstByPairIdAndIntroChatTrueOrderByIdAsc(long pairId);
}
