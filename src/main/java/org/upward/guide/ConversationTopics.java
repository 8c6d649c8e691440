package org.upward.guide;

import java.util.Collection;
import java.util.Optional;

/** A program's conversation topics as other modules ask for them (planning a meeting, copying a program). */
public interface ConversationTopics {

    /** The most topics a pair is offered at once, the best ranked. */
    int MAX_OFFERED = 100;

    /** The topic, retired or not, or empty when there is none with that id. */
    Optional<TopicView> find(long topicId);

    /**
     * The program's topics a pair may pick, ranked for a pair whose goals are about {@code goalSkills} and whose
     * logged sessions covered {@code coveredSkills} (skill names, any case); at most {@link #MAX_OFFERED}.
     */
    TopicSuggestions suggestions(long programId, Collection<String> goalSkills, Collection<String> coveredSkills);

    /**
     * Makes {@code toProgramId}'s library a copy of {@code fromProgramId}'s topics that are not retired: the
     * target's own topics (such as its starter set) are removed first. For a program copied from another.
     */
    void copyTopics(long fromProgramId, long toProgramId);
}
