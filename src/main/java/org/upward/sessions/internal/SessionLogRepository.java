package org.upward.sessions.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionLogRepository extends JpaRepository<MentoringSession, Long> {

    Page<MentoringSession> findByPairIdOrderByHeldOnDescIdDesc(long pairId, Pageable pageable);

    boolean existsByPairId(long pairId);
}
