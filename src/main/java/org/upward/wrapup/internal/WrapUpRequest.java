package org.upward.wrapup.internal;

import java.util.List;
import org.upward.wrapup.Attainment;
import org.upward.wrapup.Recommendation;

/** What a partner sends: a rating for each goal of the agreement, what changed for them, and the recommendation. */
record WrapUpRequest(List<GoalAnswer> goals, String whatChanged, Boolean shareChange, Recommendation recommend) {

    record GoalAnswer(Long goalId, Attainment attainment) {}
}
