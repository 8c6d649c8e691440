package org.upward.sessions.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionLogRepository extends JpaRepository<MentoringSession, Long> {

    Page<MentoringSession> findByPairIdOrderByHeldOnDescIdDesc(long pairId, Pageable pageable);

    boolean existsByPairId(long pairId);

    /** Every skill the pair's logged sessions covered, as logged. */
    @Query(
            value =
                    "select distinct jsonb_array_elements_text(skills_covered) from mentoring_session where pair_id = ?1",
            nativeQuery = true)
    List<String> coveredSkills(long pairId);
}
