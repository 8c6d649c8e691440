package org.upward.wrapup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.upward.wrapup.Attainment;
import org.upward.wrapup.Recommendation;

/** The wrap-up rows: one per partner of a pair, written when due, answered later. */
@Repository
class WrapUpRows {

    record Row(
            long id,
            long pairId,
            long personId,
            Instant dueAt,
            Instant answeredAt,
            String whatChanged,
            boolean changeShareable,
            Recommendation recommend) {

        boolean answered() {
            return answeredAt != null;
        }
    }

    record GoalRow(Long goalId, String statement, Attainment attainment) {}

    private final JdbcTemplate jdbc;

    WrapUpRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes the wrap-up as due; false when it already was (so nobody is told twice). */
    boolean due(long pairId, long personId, long programId, Instant at) {
        return jdbc.update(
                        """
                        insert into wrap_up (pair_id, person_id, program_id, due_at) values (?, ?, ?, ?)
                        on conflict (pair_id, person_id) do nothing
                        """,
                        pairId,
                        personId,
                        programId,
                        Timestamp.from(at))
                == 1;
    }

    /** The pair's wrap-ups, locked for the author's change when {@code forUpdate}. */
    List<Row> ofPair(long pairId, boolean forUpdate) {
        return jdbc.query(
                "select * from wrap_up where pair_id = ? order by id" + (forUpdate ? " for update" : ""),
                WrapUpRows::row,
                pairId);
    }

    /** The person's wrap-ups due after {@code dueAfter}, so still open, the oldest (closing soonest) first. */
    List<Row> openFor(long personId, Instant dueAfter) {
        return jdbc.query(
                "select * from wrap_up where person_id = ? and due_at > ? order by due_at, id limit 20",
                WrapUpRows::row,
                personId,
                Timestamp.from(dueAfter));
    }

    List<GoalRow> goals(long wrapUpId) {
        return jdbc.query(
                "select goal_id, statement, attainment from wrap_up_goal where wrap_up_id = ? order by position",
                (rs, i) -> new GoalRow(
                        rs.getObject("goal_id", Long.class),
                        rs.getString("statement"),
                        Attainment.valueOf(rs.getString("attainment"))),
                wrapUpId);
    }

    void answer(long id, Instant at, String whatChanged, boolean share, Recommendation recommend, List<GoalRow> goals) {
        jdbc.update(
                """
                update wrap_up set answered_at = ?, what_changed = ?, change_shareable = ?, recommend = ?
                where id = ?
                """,
                Timestamp.from(at),
                whatChanged,
                share,
                recommend.name(),
                id);
        jdbc.update("delete from wrap_up_goal where wrap_up_id = ?", id);
        for (int i = 0; i < goals.size(); i++) {
            GoalRow goal = goals.get(i);
            jdbc.update(
                    "insert into wrap_up_goal (wrap_up_id, position, goal_id, statement, attainment) values (?, ?, ?, ?, ?)",
                    id,
                    i,
                    goal.goalId(),
                    goal.statement(),
                    goal.attainment().name());
        }
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        String recommend = rs.getString("recommend");
        return new Row(
                rs.getLong("id"),
                rs.getLong("pair_id"),
                rs.getLong("person_id"),
                rs.getTimestamp("due_at").toInstant(),
                answered == null ? null : answered.toInstant(),
                rs.getString("what_changed"),
                rs.getBoolean("change_shareable"),
                recommend == null ? null : Recommendation.valueOf(recommend));
    }
}
