package org.upward.guide.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.upward.guide.TopicDirection;

/** One topic of a program's conversation guides; retired ones stay for the meetings that used them. */
@Entity
@Table(name = "conversation_topic")
class ConversationTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programId;

    private String title;

    @Enumerated(EnumType.STRING)
    private TopicDirection direction;

    @Column(columnDefinition = "text")
    private String agenda;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> questions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Long> skillIds = new ArrayList<>();

    private boolean retired;

    @Version
    private long version;

    private Instant updatedAt;

    protected ConversationTopic() {}

    ConversationTopic(long programId) {
        this.programId = programId;
    }

    /** A copy of this topic in another program's library. */
    ConversationTopic copyTo(long otherProgramId, Instant now) {
        ConversationTopic copy = new ConversationTopic(otherProgramId);
        copy.write(new TopicContent(title, direction, agenda, questions, skillIds), now);
        return copy;
    }

    void write(TopicContent content, Instant now) {
        this.title = content.title();
        this.direction = content.direction();
        this.agenda = content.agenda();
        this.questions = new ArrayList<>(content.questions());
        this.skillIds = new ArrayList<>(content.skillIds());
        this.updatedAt = now;
    }

    void retire(boolean retired, Instant now) {
        this.retired = retired;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getProgramId() {
        return programId;
    }

    String getTitle() {
        return title;
    }

    TopicDirection getDirection() {
        return direction;
    }

    String getAgenda() {
        return agenda;
    }

    List<String> getQuestions() {
        return List.copyOf(questions);
    }

    List<Long> getSkillIds() {
        return List.copyOf(skillIds);
    }

    boolean isRetired() {
        return retired;
    }

    long getVersion() {
        return version;
    }
}
