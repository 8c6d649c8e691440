package org.upward.survey.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.program.ScheduledWaves;

/** The names of a program's survey waves, for the program's survey measures. */
@Component
class ScheduledWaveNames implements ScheduledWaves {

    private final SurveyWaveRepository waves;

    ScheduledWaveNames(SurveyWaveRepository waves) {
        this.waves = waves;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> of(long programId) {
        Set<String> names = new LinkedHashSet<>();
        waves.findByProgramIdOrderByOpensOnAscIdAsc(programId).forEach(wave -> names.add(wave.getName()));
        return names;
    }
}
