package org.upward.agreement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.upward.agreement.AgreementRequest;
import org.upward.agreement.AgreementRequest.GoalRequest;
import org.upward.agreement.AgreementView.GoalStatus;

/**
 * The agreement form on the pair page: the text, the rhythm and three goal slots (a blank slot is no goal).
 * A goal's {@code tie} is {@code objective:<index>} or {@code skill:<name>}, from one select.
 */
class AgreementForm {

    private String text;
    private String meetingRhythm;
    private long version;
    private List<GoalForm> goals = new ArrayList<>();

    static class GoalForm {
        private Long id;
        private String statement;
        private String tie;
        private boolean done;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getStatement() {
            return statement;
        }

        public void setStatement(String statement) {
            this.statement = statement;
        }

        public String getTie() {
            return tie;
        }

        public void setTie(String tie) {
            this.tie = tie;
        }

        public boolean isDone() {
            return done;
        }

        public void setDone(boolean done) {
            this.done = done;
        }
    }

    AgreementRequest toRequest() {
        List<GoalRequest> written = new ArrayList<>();
        for (GoalForm goal : goals) {
            if (goal == null || goal.statement == null || goal.statement.isBlank()) {
                continue;
            }
            Integer objective = null;
            String skill = null;
            String tie = goal.tie == null ? "" : goal.tie;
            if (tie.toLowerCase(Locale.ROOT).startsWith("objective:")) {
                try {
                    objective = Integer.valueOf(tie.substring("objective:".length()));
                } catch (NumberFormatException notANumber) {
                    objective = -1;
                }
            } else if (tie.toLowerCase(Locale.ROOT).startsWith("skill:")) {
                skill = tie.substring("skill:".length());
            }
            written.add(new GoalRequest(
                    goal.id, goal.statement, objective, skill, goal.done ? GoalStatus.DONE : GoalStatus.OPEN));
        }
        return new AgreementRequest(text, meetingRhythm, written, version);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMeetingRhythm() {
        return meetingRhythm;
    }

    public void setMeetingRhythm(String meetingRhythm) {
        this.meetingRhythm = meetingRhythm;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<GoalForm> getGoals() {
        return goals;
    }

    public void setGoals(List<GoalForm> goals) {
        this.goals = goals;
    }
}
