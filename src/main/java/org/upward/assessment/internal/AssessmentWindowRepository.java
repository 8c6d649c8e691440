package org.upward.assessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.upward.assessment.AssessmentPhase;

interface AssessmentWindowRepository extends JpaRepository<AssessmentWindow, Long> {

    Optional<AssessmentWindow> findByProgramIdAndPhase(long programId, AssessmentPhase phase);

    List<AssessmentWindow> findByProgramIdOrderByPhase(long programId);

    List<AssessmentWindow> findByProgramIdIn(Collection<Long> programIds);
}
