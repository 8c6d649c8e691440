package org.upward.assessment.internal;

import java.util.List;

/**
 * A participant's answers for one phase: some or all of their skills. The rater is always the signed-in
 * person; {@code subjectEmail}, when given, names the partner they rate (programs with partner rating).
 */
record AnswerRequest(String phase, List<RatingRequest> ratings, String subjectEmail) {}
