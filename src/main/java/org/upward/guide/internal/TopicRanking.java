package org.upward.guide.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.upward.guide.ConversationTopics;
import org.upward.guide.TopicSuggestions;
import org.upward.guide.TopicView;

/**
 * Ranks a program's topics for one pair. Fitting, best first: about a goal's skill the pair has not covered yet,
 * then about a goal's skill. The others follow, those about a skill not covered yet first. Ties by title.
 */
final class TopicRanking {

    private static final int FITTING = 2;

    private final Set<String> goals;
    private final Set<String> covered;

    TopicRanking(Collection<String> goalSkills, Collection<String> coveredSkills) {
        this.goals = normalized(goalSkills);
        this.covered = normalized(coveredSkills);
    }

    TopicSuggestions rank(List<TopicView> topics) {
        List<TopicView> sorted = new ArrayList<>(topics);
        sorted.sort(
                Comparator.comparingInt(this::tier).thenComparing(t -> t.title().toLowerCase(Locale.ROOT)));
        List<TopicView> shown = sorted.subList(0, Math.min(sorted.size(), ConversationTopics.MAX_OFFERED));
        return new TopicSuggestions(
                shown.stream().filter(t -> tier(t) < FITTING).toList(),
                shown.stream().filter(t -> tier(t) >= FITTING).toList());
    }

    int tier(TopicView topic) {
        Set<String> skills = normalized(topic.skills());
        if (skills.stream().anyMatch(s -> goals.contains(s) && !covered.contains(s))) {
            return 0;
        }
        if (skills.stream().anyMatch(goals::contains)) {
            return 1;
        }
        if (skills.stream().anyMatch(s -> !covered.contains(s))) {
            return 2;
        }
        return 3;
    }

    private static Set<String> normalized(Collection<String> names) {
        return names.stream()
                .map(name -> name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
