package org.upward.survey;

/**
 * A program's own survey items. They belong to the program and are asked in every wave, so waves
 * stay comparable; an item added later simply has no answers in the waves before it.
 */
public interface SurveyItems {

    SurveyItemView add(long programId, SurveyItemRequest request);
}
