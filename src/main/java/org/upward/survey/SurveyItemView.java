package org.upward.survey;

/** A custom item as the API and pages show it; answers refer to it by {@code id}. */
public record SurveyItemView(long id, String question, ItemKind kind) {}
