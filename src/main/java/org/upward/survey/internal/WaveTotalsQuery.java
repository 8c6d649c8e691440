package org.upward.survey.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.survey.RespondentGroup;

/**
 * The totals of every group of the given (closed) waves in two aggregate statements, so results cost the
 * same whether a wave has ten responses or ten thousand. Custom answers are summed only where they are
 * numbers: TEXT items hold strings.
 */
@Component
class WaveTotalsQuery {

    private static final String STANDARD =
            """
            select wave_id, respondent_group, count(*) as n,
                   avg(collaboration) as collaboration, avg(satisfaction) as satisfaction,
                   avg(intergenerational_communication) as intergenerational, avg(recommend) as recommend,
                   count(*) filter (where recommend >= 9) as promoters,
                   count(*) filter (where recommend <= 6) as detractors
            from survey_response where wave_id = any (?)
            group by wave_id, respondent_group
            """;

    private static final String CUSTOM =
            """
            select r.wave_id, r.respondent_group, answer.key as item, count(*) as n,
                   avg(answer.value::text::numeric) as mean
            from survey_response r cross join lateral jsonb_each(r.custom_answers) answer
            where r.wave_id = any (?) and r.custom_answers <> '{}'::jsonb and jsonb_typeof(answer.value) = 'number'
            group by r.wave_id, r.respondent_group, answer.key
            """;

    private record Key(long waveId, RespondentGroup group) {}

    private final JdbcTemplate jdbc;

    WaveTotalsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Totals by wave id and group; a group nobody of answered is missing. The custom items' totals are read only
     * when {@code customScales} (the program asks scale questions of its own): nothing else shows them.
     */
    Map<Long, Map<RespondentGroup, GroupTotals>> of(List<Long> waveIds, boolean customScales) {
        Long[] ids = waveIds.toArray(Long[]::new);
        Map<Key, Map<String, GroupTotals.ItemTotal>> custom = new HashMap<>();
        if (customScales) {
            readCustom(ids, custom);
        }
        Map<Long, Map<RespondentGroup, GroupTotals>> totals = new HashMap<>();
        jdbc.query(
                STANDARD,
                rs -> {
                    Key key = key(rs.getLong("wave_id"), rs.getString("respondent_group"));
                    totals.computeIfAbsent(key.waveId(), k -> new HashMap<>())
                            .put(
                                    key.group(),
                                    new GroupTotals(
                                            key.group(),
                                            rs.getInt("n"),
                                            rs.getDouble("collaboration"),
                                            rs.getDouble("satisfaction"),
                                            rs.getDouble("intergenerational"),
                                            rs.getDouble("recommend"),
                                            rs.getLong("promoters"),
                                            rs.getLong("detractors"),
                                            custom.getOrDefault(key, Map.of())));
                },
                (Object) ids);
        return totals;
    }

    private void readCustom(Long[] ids, Map<Key, Map<String, GroupTotals.ItemTotal>> custom) {
        jdbc.query(
                CUSTOM,
                rs -> {
                    custom.computeIfAbsent(
                                    key(rs.getLong("wave_id"), rs.getString("respondent_group")), k -> new HashMap<>())
                            .put(rs.getString("item"), new GroupTotals.ItemTotal(rs.getInt("n"), rs.getDouble("mean")));
                },
                (Object) ids);
    }

    private static Key key(long waveId, String group) {
        return new Key(waveId, RespondentGroup.valueOf(group));
    }
}
