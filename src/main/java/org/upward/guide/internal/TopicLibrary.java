package org.upward.guide.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.SkillCatalog;
import org.upward.program.ProgramCopied;
import org.upward.program.ProgramCreated;

/**
 * Gives each program the starter set once: when it is created, and for a program older than the guides the first
 * time its library is read. A marker row per program makes it once only, even with two requests at a time, so
 * starter topics an admin retired stay retired.
 */
@Component
class TopicLibrary {

    private final ConversationTopicRepository topics;
    private final SkillCatalog catalog;
    private final Clock clock;

    TopicLibrary(ConversationTopicRepository topics, SkillCatalog catalog, Clock clock) {
        this.topics = topics;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    void on(ProgramCreated created) {
        ensure(created.programId());
    }

    /** The copy's library is the original's, not the starter set: a copy never gets {@link ProgramCreated}. */
    @EventListener
    void on(ProgramCopied copied) {
        copy(copied.fromProgramId(), copied.toProgramId());
    }

    /**
     * The program's library, with the starter set if it never had it; the program must exist. A program that has
     * its library is only read, so the pair page's topic picker writes nothing.
     */
    @Transactional
    void ensure(long programId) {
        if (!topics.hasLibrary(programId) && topics.claimLibrary(programId) == 1) {
            Instant now = clock.instant();
            for (TopicContent content : StarterTopics.contents(catalog)) {
                ConversationTopic topic = new ConversationTopic(programId);
                topic.write(content, now);
                topics.save(topic);
            }
        }
    }

    /** The target's library becomes a copy of the source's topics that are not retired. */
    @Transactional
    void copy(long fromProgramId, long toProgramId) {
        ensure(fromProgramId);
        topics.claimLibrary(toProgramId);
        topics.deleteByProgram(toProgramId);
        Instant now = clock.instant();
        topics.findByProgramIdAndRetiredFalseOrderByTitleAscIdAsc(fromProgramId)
                .forEach(topic -> topics.save(topic.copyTo(toProgramId, now)));
    }
}
