package org.upward.agreement.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A pair's agreement with its goals; the partners who confirmed it are cleared by any change to text or goals. */
@Entity
@Table(name = "pair_agreement")
class PairAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pairId;

    @Column(columnDefinition = "text")
    private String text;

    private String meetingRhythm;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Long> confirmedBy = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderBy("position")
    private List<PairGoal> goals = new ArrayList<>();

    /** Goes up with every change, the goals' included; checked under a row lock (see the repository). */
    private long version;

    private Instant updatedAt;

    protected PairAgreement() {}

    PairAgreement(long pairId) {
        this.pairId = pairId;
    }

    /** A goal as written: {@code id} null for a new one. */
    record GoalText(Long id, String statement, Integer objectiveIndex, String skill, String status) {}

    /** Saves the text, rhythm and goals; a change to the text or the goals clears the confirmations. */
    void write(String text, String meetingRhythm, List<GoalText> written, Instant now) {
        boolean changed = !Objects.equals(this.text, text) || !sameGoals(written);
        this.text = text;
        this.meetingRhythm = meetingRhythm;
        List<PairGoal> next = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            GoalText g = written.get(i);
            PairGoal goal = g.id() == null
                    ? new PairGoal()
                    : goals.stream()
                            .filter(existing -> existing.getId().equals(g.id()))
                            .findFirst()
                            .orElseGet(PairGoal::new);
            goal.set(i, g.statement(), g.objectiveIndex(), g.skill(), g.status());
            next.add(goal);
        }
        goals.clear();
        goals.addAll(next);
        if (changed) {
            confirmedBy = new ArrayList<>();
        }
        this.updatedAt = now;
        this.version++;
    }

    private boolean sameGoals(List<GoalText> written) {
        if (written.size() != goals.size()) {
            return false;
        }
        for (int i = 0; i < written.size(); i++) {
            GoalText g = written.get(i);
            PairGoal mine = goals.get(i);
            if (!Objects.equals(g.statement(), mine.getStatement())
                    || !Objects.equals(g.objectiveIndex(), mine.getObjectiveIndex())
                    || !Objects.equals(g.skill(), mine.getSkill())
                    || !Objects.equals(g.status(), mine.getStatus())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Progress on a goal: its status only. Deliberately not {@link #write}: ticking a goal done is not a change of
     * what the partners agreed, so the confirmations stay; the version still goes up, so a stale edit is refused.
     */
    boolean markGoal(long goalId, String status, Instant now) {
        PairGoal goal =
                goals.stream().filter(g -> g.getId().equals(goalId)).findFirst().orElse(null);
        if (goal == null) {
            return false;
        }
        if (!status.equals(goal.getStatus())) {
            goal.setStatus(status);
            updatedAt = now;
            version++;
        }
        return true;
    }

    /** The partner confirms this version; confirming twice changes nothing. */
    boolean confirm(long personId, Instant now) {
        if (confirmedBy.contains(personId)) {
            return false;
        }
        List<Long> next = new ArrayList<>(confirmedBy);
        next.add(personId);
        confirmedBy = next;
        updatedAt = now;
        version++;
        return true;
    }

    long getPairId() {
        return pairId;
    }

    String getText() {
        return text;
    }

    String getMeetingRhythm() {
        return meetingRhythm;
    }

    List<Long> getConfirmedBy() {
        return List.copyOf(confirmedBy);
    }

    List<PairGoal> getGoals() {
        return List.copyOf(goals);
    }

    long getVersion() {
        return version;
    }
}
