package org.upward.wrapup.internal;

import java.util.ArrayList;
import java.util.List;
import org.upward.wrapup.Attainment;
import org.upward.wrapup.Recommendation;
import org.upward.wrapup.WrapUpView;
import org.upward.wrapup.internal.WrapUpRequest.GoalAnswer;

/** The wrap-up form of the pair page: one rating per goal, what changed, whether to share it, the recommendation. */
class WrapUpForm {

    private List<GoalField> goals = new ArrayList<>();
    private String whatChanged;
    private boolean shareChange;
    private Recommendation recommend;

    /** One goal's rating; {@code goalId} comes back from a hidden field. */
    static class GoalField {
        private Long goalId;
        private Attainment attainment;

        public Long getGoalId() {
            return goalId;
        }

        public void setGoalId(Long goalId) {
            this.goalId = goalId;
        }

        public Attainment getAttainment() {
            return attainment;
        }

        public void setAttainment(Attainment attainment) {
            this.attainment = attainment;
        }
    }

    /** The form as the caller last answered it, or empty with one line per goal. */
    static WrapUpForm of(WrapUpView view) {
        WrapUpForm form = new WrapUpForm();
        view.goals().forEach(g -> {
            GoalField field = new GoalField();
            field.setGoalId(g.goalId());
            field.setAttainment(g.attainment());
            form.goals.add(field);
        });
        if (view.mine() != null) {
            form.whatChanged = view.mine().whatChanged();
            form.shareChange = view.mine().shareChange();
            form.recommend = view.mine().recommend();
        }
        return form;
    }

    WrapUpRequest toRequest() {
        return new WrapUpRequest(
                goals.stream()
                        .map(g -> new GoalAnswer(g.getGoalId(), g.getAttainment()))
                        .toList(),
                whatChanged,
                shareChange,
                recommend);
    }

    public List<GoalField> getGoals() {
        return goals;
    }

    public void setGoals(List<GoalField> goals) {
        this.goals = goals;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public void setWhatChanged(String whatChanged) {
        this.whatChanged = whatChanged;
    }

    public boolean isShareChange() {
        return shareChange;
    }

    public void setShareChange(boolean shareChange) {
        this.shareChange = shareChange;
    }

    public Recommendation getRecommend() {
        return recommend;
    }

    public void setRecommend(Recommendation recommend) {
        this.recommend = recommend;
    }
}
