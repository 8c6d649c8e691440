package org.upward.survey;

import java.time.LocalDate;

/**
 * Files answers collected outside the app's open window (a paper survey typed in, or the demo's past
 * waves), with the same anonymity and checks as an answer given in the app except the dates.
 */
public interface SurveyHistory {

    void file(long programId, String wave, String email, SurveyResponseRequest request, LocalDate answeredOn);
}
