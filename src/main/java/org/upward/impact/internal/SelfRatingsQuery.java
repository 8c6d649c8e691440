package org.upward.impact.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@link SelfRatings} in one pass over the program's ratings. The own-rating test sits in the aggregates'
 * filters, not in the WHERE clause: PostgreSQL cannot estimate {@code rater_id = subject_id} (it guesses 0.5 %
 * of the rows) and then joins 10,000 rows by nested loops; over the program's rows it estimates well and hashes.
 * Skills are ordered by name in the database's collation, as the skill growth table always was.
 */
@Component
class SelfRatingsQuery {

    private static final String SQL =
            """
            with own as (
                select subject_id, skill_id,
                       max(level) filter (where phase = 'PRE' and rater_id = subject_id) as before,
                       max(level) filter (where phase = 'POST' and rater_id = subject_id) as after
                from assessment_rating
                where program_id = ?
                group by subject_id, skill_id
            ), skills as (
                select id, name, row_number() over (order by name) as place from skill
            )
            select e.side, own.subject_id as person, s.name as skill, own.before, own.after
            from own
            join enrollment e on e.program_id = ? and e.person_id = own.subject_id
            join skills s on s.id = own.skill_id
            where own.after is not null
            order by e.side desc, s.place, own.before, own.after
            """;

    private final JdbcTemplate jdbc;

    SelfRatingsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SelfRatings of(long programId) {
        List<SelfRatings.Rating> ratings = new ArrayList<>();
        jdbc.query(
                SQL,
                rs -> {
                    int before = rs.getInt("before");
                    Integer known = rs.wasNull() ? null : before;
                    ratings.add(new SelfRatings.Rating(
                            rs.getString("side"),
                            rs.getLong("person"),
                            rs.getString("skill"),
                            known,
                            rs.getInt("after")));
                },
                programId,
                programId);
        return new SelfRatings(ratings);
    }
}
