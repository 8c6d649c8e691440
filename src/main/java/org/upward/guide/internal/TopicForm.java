package org.upward.guide.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.upward.guide.TopicDirection;
import org.upward.guide.TopicView;

/** The admin page's topic form: questions one a line; the same rules as the API's request. */
class TopicForm {

    private String title;
    private TopicDirection direction = TopicDirection.MENTOR_TEACHES;
    private String agenda;
    private String questions;
    private List<Long> skillIds = new ArrayList<>();
    private Long version;

    static TopicForm of(TopicView topic) {
        TopicForm form = new TopicForm();
        form.title = topic.title();
        form.direction = topic.direction();
        form.agenda = topic.agenda();
        form.questions = String.join("\n", topic.questions());
        form.skillIds = new ArrayList<>(topic.skillIds());
        form.version = topic.version();
        return form;
    }

    TopicRequest toRequest() {
        List<String> lines = questions == null ? List.of() : Arrays.asList(questions.split("\\R"));
        return new TopicRequest(title, direction, agenda, lines, skillIds, version);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public TopicDirection getDirection() {
        return direction;
    }

    public void setDirection(TopicDirection direction) {
        this.direction = direction;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public List<Long> getSkillIds() {
        return skillIds;
    }

    public void setSkillIds(List<Long> skillIds) {
        this.skillIds = skillIds == null ? new ArrayList<>() : skillIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
