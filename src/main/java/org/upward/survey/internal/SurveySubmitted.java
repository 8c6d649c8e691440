package org.upward.survey.internal;

import org.upward.survey.RespondentGroup;

/** A filed answer: which wave and in which group. The random respondent key is deliberately not returned. */
record SurveySubmitted(long programId, String wave, RespondentGroup group) {}
