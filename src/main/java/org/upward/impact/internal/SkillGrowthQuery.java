package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;

/**
 * Skill growth per focus skill and side: each participant's own PRE and POST rating of a skill, paired and
 * counted in SQL (the {@link SelfRatings} the skill measures are judged on too); the statistics (confidence
 * interval, paired t-test, Wilcoxon, d_z) come from {@link PairedChange}.
 */
final class SkillGrowthQuery {

    private SkillGrowthQuery() {}

    /** The skill growth, mentors first, skills by name, from ratings already read. */
    static List<SkillGrowth> of(SelfRatings ratings) {
        Map<String, List<SelfRatings.Paired>> bySideAndSkill = new LinkedHashMap<>();
        for (SelfRatings.Paired levels : ratings.paired()) {
            bySideAndSkill
                    .computeIfAbsent(levels.side() + "\t" + levels.skill(), key -> new ArrayList<>())
                    .add(levels);
        }
        List<SkillGrowth> growth = new ArrayList<>();
        bySideAndSkill.forEach((key, levels) -> {
            String[] sideAndSkill = key.split("\t", 2);
            double[] before = expand(levels, true);
            double[] after = expand(levels, false);
            growth.add(SkillGrowth.of(sideAndSkill[1], sideAndSkill[0], PairedChange.of(before, after)));
        });
        return growth;
    }

    /** One value per person from (before, after, people) counts, in the same order for both columns. */
    private static double[] expand(List<SelfRatings.Paired> levels, boolean before) {
        return levels.stream()
                .flatMapToDouble(l -> DoubleStream.generate(() -> before ? l.before() : l.after())
                        .limit(l.people()))
                .toArray();
    }
}
