package org.upward.survey;

/** A filed answer: which wave and in which group. The random respondent key is deliberately not returned. */
public record SurveySubmitted(long programId, String wave, RespondentGroup group) {}
