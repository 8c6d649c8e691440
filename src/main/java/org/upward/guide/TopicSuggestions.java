package org.upward.guide;

import java.util.List;

/**
 * The topics a pair may pick for a meeting, none retired: {@code fitting} first (about a skill of the pair's
 * goals, those it has not covered in a session yet first), then the {@code others} (those about a skill the pair
 * has not covered yet first).
 */
public record TopicSuggestions(List<TopicView> fitting, List<TopicView> others) {

    public boolean isEmpty() {
        return fitting.isEmpty() && others.isEmpty();
    }
}
