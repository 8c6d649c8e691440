package org.upward.guide.internal;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.guide.TopicChanged;
import org.upward.guide.TopicChanged.Change;
import org.upward.guide.TopicView;
import org.upward.pairing.MyPairs;
import org.upward.program.ProgramService;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.shared.PageView;
import org.upward.shared.UiText;

/**
 * A program's topic library as admins keep it (list, add, edit, retire, restore: each in the audit log) and as
 * the partners of its pairs read it.
 */
@Service
class TopicAdmin {

    private final ConversationTopicRepository topics;
    private final TopicLibrary library;
    private final TopicRules rules;
    private final TopicViews views;
    private final ProgramService programs;
    private final MyPairs myPairs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TopicAdmin(
            ConversationTopicRepository topics,
            TopicLibrary library,
            TopicRules rules,
            TopicViews views,
            ProgramService programs,
            MyPairs myPairs,
            ApplicationEventPublisher events,
            Clock clock) {
        this.topics = topics;
        this.library = library;
        this.rules = rules;
        this.views = views;
        this.programs = programs;
        this.myPairs = myPairs;
        this.events = events;
        this.clock = clock;
    }

    /** The program's topics, those in use first, by title: admins, and partners of a pair in the program. */
    @Transactional
    public PageView<TopicView> list(long programId, UpwardUser viewer, Pageable pageable) {
        programs.get(programId);
        if (!viewer.hasRole(Role.ADMIN)
                && myPairs.of(viewer.email()).stream().noneMatch(pair -> pair.programId() == programId)) {
            throw new AccessDeniedException(UiText.of("guide.error.notYourProgram"));
        }
        library.ensure(programId);
        var page = topics.findByProgramIdOrderByRetiredAscTitleAscIdAsc(programId, pageable);
        return new PageView<>(views.of(page.getContent()), page.getNumber(), page.getSize(), page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public TopicView get(long topicId) {
        return views.of(find(topicId));
    }

    @Transactional
    public TopicView add(long programId, TopicRequest request) {
        String program = programs.get(programId).name();
        library.ensure(programId);
        ConversationTopic topic = new ConversationTopic(programId);
        topic.write(rules.check(request), clock.instant());
        topic = topics.saveAndFlush(topic);
        events.publishEvent(new TopicChanged(programId, program, topic.getId(), topic.getTitle(), Change.ADDED));
        return views.of(topic);
    }

    /** Edits the topic; with a {@code version} that is no longer the topic's, 409 (someone changed it). */
    @Transactional
    public TopicView edit(long topicId, TopicRequest request) {
        ConversationTopic topic = find(topicId);
        if (request.version() != null && request.version() != topic.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(ConversationTopic.class, topicId);
        }
        topic.write(rules.check(request), clock.instant());
        topics.flush();
        changed(topic, Change.EDITED);
        return views.of(topic);
    }

    /** Retires the topic (no longer offered when planning) or restores it; doing it twice changes nothing. */
    @Transactional
    public TopicView retire(long topicId, boolean retired) {
        ConversationTopic topic = find(topicId);
        if (topic.isRetired() != retired) {
            topic.retire(retired, clock.instant());
            topics.flush();
            changed(topic, retired ? Change.RETIRED : Change.RESTORED);
        }
        return views.of(topic);
    }

    private void changed(ConversationTopic topic, Change change) {
        String program = programs.get(topic.getProgramId()).name();
        events.publishEvent(new TopicChanged(topic.getProgramId(), program, topic.getId(), topic.getTitle(), change));
    }

    private ConversationTopic find(long topicId) {
        return topics.findById(topicId).orElseThrow(() -> new TopicNotFoundException(topicId));
    }
}
