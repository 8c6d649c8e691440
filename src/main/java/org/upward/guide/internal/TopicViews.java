package org.upward.guide.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.upward.guide.TopicView;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillView;

/** Topics as views, their skills named from the catalog in one look-up per list. */
@Component
class TopicViews {

    private final SkillCatalog catalog;

    TopicViews(SkillCatalog catalog) {
        this.catalog = catalog;
    }

    TopicView of(ConversationTopic topic) {
        return of(List.of(topic)).get(0);
    }

    List<TopicView> of(Collection<ConversationTopic> topics) {
        Map<Long, SkillView> skills = catalog.byIds(topics.stream()
                .flatMap(topic -> topic.getSkillIds().stream())
                .distinct()
                .toList());
        return topics.stream().map(topic -> view(topic, skills)).toList();
    }

    private static TopicView view(ConversationTopic topic, Map<Long, SkillView> skills) {
        List<SkillView> known = topic.getSkillIds().stream()
                .map(skills::get)
                .filter(Objects::nonNull)
                .toList();
        return new TopicView(
                topic.getId(),
                topic.getProgramId(),
                topic.getTitle(),
                topic.getDirection(),
                topic.getAgenda(),
                topic.getQuestions(),
                known.stream().map(SkillView::id).toList(),
                known.stream().map(SkillView::name).toList(),
                topic.isRetired(),
                topic.getVersion());
    }
}
