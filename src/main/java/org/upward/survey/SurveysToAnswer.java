package org.upward.survey;

import java.util.List;

/** The open waves a person is invited to (as a participant or in a comparison group) and hasn't answered. */
public interface SurveysToAnswer {

    List<SurveyToAnswer> of(String email);
}
