package org.upward.survey.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyItemRepository extends JpaRepository<SurveyItem, Long> {

    List<SurveyItem> findByProgramIdOrderByIdAsc(long programId);
}
