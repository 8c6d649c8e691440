package org.upward.survey;

import java.util.List;

/**
 * Aggregate survey figures per wave and group, for the admin page and the impact dashboard: n, means,
 * the satisfaction index and NPS. Never a single response; groups under 5 are suppressed.
 */
public interface SurveyResults {

    List<WaveResults> of(long programId);
}
