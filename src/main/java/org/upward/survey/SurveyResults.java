package org.upward.survey;

import java.util.List;
import org.upward.program.ProgramView;

/**
 * Aggregate survey figures per wave and group, for the admin page and the impact dashboard: n, means,
 * the satisfaction index and NPS. Never a single response; groups under 5 are suppressed.
 */
public interface SurveyResults {

    List<WaveResults> of(long programId);

    /** The same for a program the caller has already read, so it is not read again. */
    List<WaveResults> of(ProgramView program);
}
