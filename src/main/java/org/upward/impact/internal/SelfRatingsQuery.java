package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ObjectiveMeasure.Kind;
import org.upward.program.ObjectiveView;

/**
 * Reads {@link SelfRatings} in one statement: the program's own ratings are paired once ({@code own}), then
 * counted for the skill growth (measure 0) and for each skill measure of the objectives (1, 2, …). The own-rating
 * test sits in the aggregates' filters, not in the WHERE clause: PostgreSQL cannot estimate
 * {@code rater_id = subject_id} (it guesses 0.5 % of the rows) and then joins by nested loops; over the program's
 * rows it estimates well and hashes. Skills are ordered by name in the database's collation, as the skill growth
 * table always was, mentors (the greater side) first.
 */
@Component
class SelfRatingsQuery {

    private static final String OWN =
            """
            with own as materialized (
                select e.side, r.subject_id, s.name as skill, lower(s.name) as lowered, s.place, r.before, r.after
                from (
                    select subject_id, skill_id,
                           max(level) filter (where phase = 'PRE' and rater_id = subject_id) as before,
                           max(level) filter (where phase = 'POST' and rater_id = subject_id) as after
                    from assessment_rating
                    where program_id = ?
                    group by subject_id, skill_id
                ) r
                join enrollment e on e.program_id = ? and e.person_id = r.subject_id
                join (select id, name, row_number() over (order by name) as place from skill) s on s.id = r.skill_id
                where r.after is not null
            )
            select 0 as measure, side = 'MENTOR' as mentor, side, skill, place, before, after, count(*) as people,
                   null::float8 as mean_after, null::float8 as mean_change
            from own where before is not null
            group by side, skill, place, before, after
            """;

    private static final String MEASURE =
            """
            union all
            select %d, null, null, null, null, null, null, count(*), mean_after, mean_change
            from (select avg(after)::float8 as mean_after, avg(after - before)::float8 as mean_change
                  from own where side = ? and lowered = any (?) group by subject_id) person
            group by mean_after, mean_change
            """;

    private final JdbcTemplate jdbc;

    SelfRatingsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The skill growth, and the scores of each skill measure of the objectives. */
    SelfRatings of(long programId, List<ObjectiveView> objectives) {
        Map<String, ObjectiveMeasure> measured = new LinkedHashMap<>();
        for (ObjectiveView objective : objectives) {
            ObjectiveMeasure measure = objective.measure();
            if (measure != null && isSkill(measure.kind())) {
                measured.putIfAbsent(SelfRatings.key(measure.side(), measure.skillsOrNone()), measure);
            }
        }
        StringBuilder sql = new StringBuilder(OWN);
        List<Object> args = new ArrayList<>(List.of(programId, programId));
        List<String> keys = new ArrayList<>(measured.keySet());
        for (int i = 0; i < keys.size(); i++) {
            ObjectiveMeasure measure = measured.get(keys.get(i));
            sql.append(MEASURE.formatted(i + 1));
            args.add(measure.side().name());
            args.add(measure.skillsOrNone().stream()
                    .map(s -> s.toLowerCase(Locale.ROOT))
                    .toArray(String[]::new));
        }
        sql.append("order by measure, mentor desc, place, before, after");
        List<SelfRatings.Paired> paired = new ArrayList<>();
        Map<String, List<SelfRatings.Scores>> scores = new HashMap<>();
        jdbc.query(
                sql.toString(),
                rs -> {
                    int measure = rs.getInt("measure");
                    if (measure == 0) {
                        paired.add(new SelfRatings.Paired(
                                rs.getString("side"),
                                rs.getString("skill"),
                                rs.getInt("before"),
                                rs.getInt("after"),
                                rs.getLong("people")));
                    } else {
                        double change = rs.getDouble("mean_change");
                        Double known = rs.wasNull() ? null : change;
                        scores.computeIfAbsent(keys.get(measure - 1), k -> new ArrayList<>())
                                .add(new SelfRatings.Scores(rs.getDouble("mean_after"), known, rs.getLong("people")));
                    }
                },
                args.toArray());
        return new SelfRatings(paired, scores);
    }

    private static boolean isSkill(Kind kind) {
        return kind == Kind.SKILL_POST_MEAN || kind == Kind.SKILL_CHANGE || kind == Kind.SHARE_REACHING_LEVEL;
    }
}
