package org.upward.survey;

import java.time.LocalDate;

/** An open wave the person is invited to and hasn't answered: for their home page's to-do list. */
public record SurveyToAnswer(
        long programId, String programName, String wave, LocalDate closesOn, boolean draftSaved, String path) {}
