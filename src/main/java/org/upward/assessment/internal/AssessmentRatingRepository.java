package org.upward.assessment.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.upward.assessment.AssessmentPhase;

interface AssessmentRatingRepository extends JpaRepository<AssessmentRating, Long> {

    List<AssessmentRating> findByProgramIdAndPhaseAndRaterIdAndSubjectId(
            long programId, AssessmentPhase phase, long raterId, long subjectId);

    List<AssessmentRating> findByProgramIdAndRaterId(long programId, long raterId);

    List<AssessmentRating> findByProgramIdAndPhase(long programId, AssessmentPhase phase);

    List<AssessmentRating> findByProgramIdOrderByPhaseAscRaterIdAscSubjectIdAsc(long programId);
}
