package org.upward.survey;

import java.time.LocalDate;
import java.util.List;

/** Survey waves as other modules see them: schedule one (the demo) and list the closed ones (to-do lists). */
public interface SurveyWaves {

    /** A closed wave's name and last day. */
    record ClosedWave(String name, LocalDate closesOn) {}

    /** The program's closed waves, without their response rates (cheap, for to-do lists). */
    List<ClosedWave> closed(long programId);

    void schedule(long programId, WaveRequest request);
}
