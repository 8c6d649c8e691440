package org.upward.outcome.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<BusinessOutcome, Long> {

    List<BusinessOutcome> findByProgramIdOrderByOccurredOnDescIdDesc(long programId);

    Optional<BusinessOutcome> findByIdAndProgramId(long id, long programId);

    boolean existsByProgramId(long programId);
}
