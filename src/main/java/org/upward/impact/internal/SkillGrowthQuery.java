package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Skill growth per focus skill and side: each participant's own PRE and POST rating of a skill, paired (from the
 * {@link SelfRatings} the skill measures are judged on too); the statistics (confidence interval, paired t-test,
 * Wilcoxon, d_z) come from {@link PairedChange}.
 */
@Component
class SkillGrowthQuery {

    private final SelfRatingsQuery ratings;

    SkillGrowthQuery(SelfRatingsQuery ratings) {
        this.ratings = ratings;
    }

    List<SkillGrowth> of(long programId) {
        return of(ratings.of(programId));
    }

    /** The skill growth, mentors first, skills by name, from ratings already read. */
    static List<SkillGrowth> of(SelfRatings ratings) {
        List<SkillGrowth> growth = new ArrayList<>();
        ratings.pairedBySideAndSkill().forEach((key, paired) -> {
            String[] sideAndSkill = key.split("\t", 2);
            double[] before = new double[paired.size()];
            double[] after = new double[paired.size()];
            for (int i = 0; i < paired.size(); i++) {
                before[i] = paired.get(i).before();
                after[i] = paired.get(i).after();
            }
            growth.add(SkillGrowth.of(sideAndSkill[1], sideAndSkill[0], PairedChange.of(before, after)));
        });
        return growth;
    }
}
