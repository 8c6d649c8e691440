package org.upward.guide.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillView;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/** What a topic must be: a title, who teaches and an agenda; a few questions and known catalog skills. */
@Component
class TopicRules {

    static final int MAX_TITLE = 120;
    static final int MAX_AGENDA = 4000;
    static final int MAX_QUESTIONS = 12;
    static final int MAX_QUESTION = 500;
    static final int MAX_SKILLS = 10;

    private final SkillCatalog catalog;

    TopicRules(SkillCatalog catalog) {
        this.catalog = catalog;
    }

    /** The request as content to store, or a 422 naming every field it gets wrong. */
    TopicContent check(TopicRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = strip(request.title());
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", UiText.of("guide.error.titleRequired")));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", UiText.of("guide.error.titleTooLong", MAX_TITLE)));
        }
        if (request.direction() == null) {
            problems.add(new FieldProblem("direction", UiText.of("guide.error.directionRequired")));
        }
        String agenda = strip(request.agenda());
        if (agenda.isEmpty()) {
            problems.add(new FieldProblem("agenda", UiText.of("guide.error.agendaRequired")));
        } else if (agenda.length() > MAX_AGENDA) {
            problems.add(new FieldProblem("agenda", UiText.of("guide.error.agendaTooLong", MAX_AGENDA)));
        }
        List<String> questions = questions(request.questions(), problems);
        List<Long> skills = skills(request.skillIds(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new TopicContent(title, request.direction(), agenda, questions, skills);
    }

    private static List<String> questions(List<String> asked, List<FieldProblem> problems) {
        List<String> questions = asked == null
                ? List.of()
                : asked.stream()
                        .map(TopicRules::strip)
                        .filter(q -> !q.isEmpty())
                        .toList();
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(new FieldProblem("questions", UiText.of("guide.error.tooManyQuestions", MAX_QUESTIONS)));
        } else if (questions.stream().anyMatch(q -> q.length() > MAX_QUESTION)) {
            problems.add(new FieldProblem("questions", UiText.of("guide.error.questionTooLong", MAX_QUESTION)));
        }
        return questions;
    }

    private List<Long> skills(List<Long> asked, List<FieldProblem> problems) {
        List<Long> ids = asked == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(
                        asked.stream().filter(Objects::nonNull).toList()));
        if (ids.size() > MAX_SKILLS) {
            problems.add(new FieldProblem("skillIds", UiText.of("guide.error.tooManySkills", MAX_SKILLS)));
            return ids;
        }
        Map<Long, SkillView> known = catalog.byIds(ids);
        ids.stream()
                .filter(id -> !known.containsKey(id))
                .findFirst()
                .ifPresent(id -> problems.add(new FieldProblem("skillIds", UiText.of("guide.error.unknownSkill", id))));
        return ids;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
