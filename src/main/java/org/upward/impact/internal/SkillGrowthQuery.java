package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Skill growth per focus skill and side: each participant's own PRE and POST rating of a skill, paired and
 * counted in SQL — ratings are 1 to 5, so a skill has at most 25 (before, after) combinations however many
 * people rated it; the statistics (confidence interval, paired t-test, Wilcoxon, d_z) come from {@link PairedChange}.
 */
@Component
class SkillGrowthQuery {

    private static final String SQL =
            """
            select s.name as skill, e.side, pre.level as before, post.level as after, count(*) as people
            from assessment_rating pre
            join assessment_rating post
              on post.program_id = pre.program_id and post.phase = 'POST' and post.rater_id = pre.rater_id
             and post.subject_id = pre.subject_id and post.skill_id = pre.skill_id
            join enrollment e on e.program_id = pre.program_id and e.person_id = pre.subject_id
            join skill s on s.id = pre.skill_id
            where pre.program_id = ? and pre.phase = 'PRE' and pre.rater_id = pre.subject_id
            group by e.side, s.name, pre.level, post.level
            order by e.side desc, s.name
            """;

    private final JdbcTemplate jdbc;

    SkillGrowthQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<SkillGrowth> of(long programId) {
        Map<String, List<int[]>> bySkillAndSide = new LinkedHashMap<>();
        jdbc.query(
                SQL,
                rs -> {
                    bySkillAndSide
                            .computeIfAbsent(
                                    rs.getString("side") + "\t" + rs.getString("skill"), key -> new ArrayList<>())
                            .add(new int[] {rs.getInt("before"), rs.getInt("after"), rs.getInt("people")});
                },
                programId);
        List<SkillGrowth> growth = new ArrayList<>();
        bySkillAndSide.forEach((key, levels) -> {
            String[] sideAndSkill = key.split("\t", 2);
            double[] before = expand(levels, 0);
            double[] after = expand(levels, 1);
            growth.add(SkillGrowth.of(sideAndSkill[1], sideAndSkill[0], PairedChange.of(before, after)));
        });
        return growth;
    }

    /** One value per person from (before, after, people) counts, in the same order for both columns. */
    private static double[] expand(List<int[]> levels, int column) {
        return levels.stream()
                .flatMapToDouble(l -> DoubleStream.generate(() -> l[column]).limit(l[2]))
                .toArray();
    }
}
