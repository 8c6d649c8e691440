package org.upward.wrapup.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A program's wrap-ups counted in one statement, and the "what changed" answers their authors shared. */
@Component
class WrapUpCounts {

    /** How many were due and answered, the answers' recommendations and their goal ratings by attainment. */
    record Counts(int due, int answered, int yes, int maybe, int no, int achieved, int partly, int notAchieved) {}

    private static final String SQL =
            """
            with w as (select id, answered_at, recommend from wrap_up where program_id = ?),
                 g as (select g.attainment from wrap_up_goal g join w on w.id = g.wrap_up_id
                       where w.answered_at is not null)
            select (select count(*) from w) as due,
                   (select count(*) from w where answered_at is not null) as answered,
                   (select count(*) from w where recommend = 'YES') as yes,
                   (select count(*) from w where recommend = 'MAYBE') as maybe,
                   (select count(*) from w where recommend = 'NO') as no,
                   (select count(*) from g where attainment = 'ACHIEVED') as achieved,
                   (select count(*) from g where attainment = 'PARTLY') as partly,
                   (select count(*) from g where attainment = 'NOT_ACHIEVED') as not_achieved
            """;

    private final JdbcTemplate jdbc;

    WrapUpCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Counts of(long programId) {
        return jdbc.queryForObject(
                SQL,
                (rs, i) -> new Counts(
                        rs.getInt("due"),
                        rs.getInt("answered"),
                        rs.getInt("yes"),
                        rs.getInt("maybe"),
                        rs.getInt("no"),
                        rs.getInt("achieved"),
                        rs.getInt("partly"),
                        rs.getInt("not_achieved")),
                programId);
    }

    /** The newest shared "what changed" answers, at most {@code limit}. */
    List<String> sharedChanges(long programId, int limit) {
        return jdbc.queryForList(
                """
                select what_changed from wrap_up
                where program_id = ? and change_shareable and what_changed is not null and answered_at is not null
                order by answered_at desc, id desc limit ?
                """,
                String.class,
                programId,
                limit);
    }
}
