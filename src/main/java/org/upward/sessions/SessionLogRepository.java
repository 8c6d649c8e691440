package org.upward.sessions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionLogRepository extends JpaRepository<MentoringSession, Long> {

    Page<MentoringSession> findByPairIdOrderByHeldOnDescIdDesc(long pairId, Pageable pageable);

    boolean existsByPairId(long pairId);

    /** Each pair's latest session date: rows of {pairId, date}. */
    @Query("select s.pairId, max(s.heldOn) from MentoringSession s where s.pairId in :pairIds group by s.pairId")
    List<Object[]> lastSessionDates(Collection<Long> pairIds);
}
