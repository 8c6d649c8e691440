package org.upward.sessions.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.upward.agreement.AgreementView;
import org.upward.agreement.PairAgreements;
import org.upward.guide.ConversationTopics;
import org.upward.guide.TopicSuggestions;
import org.upward.guide.TopicView;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.program.ObjectiveView;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/**
 * The conversation topics of planned meetings: the ones a pair is offered (fitting its goals' skills and those
 * its sessions have not covered first) and the one a meeting is about.
 */
@Component
class MeetingTopics {

    private final ConversationTopics topics;
    private final PairAgreements agreements;
    private final ProgramService programs;
    private final SessionLogRepository sessions;
    private final PairGuard guard;

    MeetingTopics(
            ConversationTopics topics,
            PairAgreements agreements,
            ProgramService programs,
            SessionLogRepository sessions,
            PairGuard guard) {
        this.guard = guard;
        this.topics = topics;
        this.agreements = agreements;
        this.programs = programs;
        this.sessions = sessions;
    }

    /** The topics the pair may pick, ranked for its goals and the skills its sessions covered: partners, admins. */
    TopicSuggestions offered(long pairId, UpwardUser viewer) {
        PairRef pair = guard.readable(pairId, viewer);
        return topics.suggestions(
                pair.programId(),
                goalSkills(pair, agreements.get(pair.id(), viewer)),
                sessions.coveredSkills(pair.id()));
    }

    /** A problem naming {@code topicId} unless it is empty or one of the program's topics not retired. */
    Optional<FieldProblem> problem(long programId, Long topicId) {
        if (topicId == null) {
            return Optional.empty();
        }
        Optional<TopicView> topic = topics.find(topicId);
        if (topic.isEmpty()
                || topic.get().programId() != programId
                || topic.get().retired()) {
            return Optional.of(new FieldProblem("topicId", UiText.of("guide.error.notInProgram")));
        }
        return Optional.empty();
    }

    /** The topic the meeting is about, or null. */
    TopicView of(PlannedSession meeting) {
        return meeting.getTopicId() == null
                ? null
                : topics.find(meeting.getTopicId()).orElse(null);
    }

    PlannedSessionView view(PlannedSession meeting) {
        return PlannedSessionView.of(meeting, of(meeting));
    }

    /** The skills the goals are about: a goal's own skill, or the focus skills of the objective it serves. */
    private Set<String> goalSkills(PairRef pair, AgreementView agreement) {
        Set<String> skills = new LinkedHashSet<>();
        List<ObjectiveView> objectives = null;
        for (AgreementView.Goal goal : agreement.goals()) {
            if (goal.skill() != null) {
                skills.add(goal.skill());
            } else if (goal.objectiveIndex() != null) {
                if (objectives == null) {
                    objectives = programs.get(pair.programId()).objectives();
                }
                if (goal.objectiveIndex() < objectives.size()) {
                    skills.addAll(objectives.get(goal.objectiveIndex()).focusSkills());
                }
            }
        }
        return skills;
    }
}
