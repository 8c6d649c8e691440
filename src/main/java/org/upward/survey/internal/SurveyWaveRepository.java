package org.upward.survey.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyWaveRepository extends JpaRepository<SurveyWave, Long> {

    List<SurveyWave> findByProgramIdOrderByOpensOnAscIdAsc(long programId);

    Optional<SurveyWave> findByProgramIdAndName(long programId, String name);

    List<SurveyWave> findByIdIn(List<Long> ids);
}
