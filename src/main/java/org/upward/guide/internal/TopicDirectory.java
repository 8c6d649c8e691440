package org.upward.guide.internal;

import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.guide.ConversationTopics;
import org.upward.guide.TopicSuggestions;
import org.upward.guide.TopicView;

/** The guides as other modules see them: one topic, the topics that fit a pair, a copy for a copied program. */
@Service
class TopicDirectory implements ConversationTopics {

    private final ConversationTopicRepository topics;
    private final TopicLibrary library;
    private final TopicViews views;

    TopicDirectory(ConversationTopicRepository topics, TopicLibrary library, TopicViews views) {
        this.topics = topics;
        this.library = library;
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TopicView> find(long topicId) {
        return topics.findById(topicId).map(views::of);
    }

    @Override
    @Transactional
    public TopicSuggestions suggestions(
            long programId, Collection<String> goalSkills, Collection<String> coveredSkills) {
        library.ensure(programId);
        return new TopicRanking(goalSkills, coveredSkills)
                .rank(views.of(topics.findByProgramIdAndRetiredFalseOrderByTitleAscIdAsc(programId)));
    }

    @Override
    @Transactional
    public void copyTopics(long fromProgramId, long toProgramId) {
        library.copy(fromProgramId, toProgramId);
    }
}
