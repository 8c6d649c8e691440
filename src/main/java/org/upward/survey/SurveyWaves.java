package org.upward.survey;

import java.time.LocalDate;
import java.util.List;

/** Survey waves' public face for admins: schedule, reschedule and list them with response rates. */
public interface SurveyWaves {

    /** A closed wave's name and last day. */
    record ClosedWave(String name, LocalDate closesOn) {}

    /** The program's closed waves, without their response rates (cheap, for to-do lists). */
    List<ClosedWave> closed(long programId);

    WaveView schedule(long programId, WaveRequest request);
}
