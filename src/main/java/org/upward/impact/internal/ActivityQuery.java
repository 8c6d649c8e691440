package org.upward.impact.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Engagement and match quality in one SQL statement over the program's pairs and their activity totals
 * ({@code pair_activity}, which the database keeps up to date as sessions, feedback and check-ins are written:
 * see V16), so a request reads one row per pair, not every session of a large program.
 *
 * <p>A pair counts from the day it was made, or its first session if that is earlier (history logged after the
 * fact), but not before the program's start, until today, the program's end or the day it was dissolved; a month
 * is 30.44 days. A pair keeps the cadence when it was active — a session, or both partners' check-ins, as on
 * the status board — in at least three of every four cadence periods it has been together.
 */
@Component
class ActivityQuery {

    private static final String SQL =
            """
            with program_days as materialized (
                select start_date, least(end_date, current_date) as until, check_in_cadence_weeks * 7 as period_days,
                       check_in_cadence_weeks
                from program where id = ?
            ), pairs as materialized (
                select p.score, p.status, p.created_at, p.updated_at, a.*
                from mentoring_pair p left join pair_activity a on a.pair_id = p.id
                where p.program_id = ? and p.status in ('ACTIVE', 'DISSOLVED', 'CLOSED')
            ), spans as (
                select pairs.score, pd.start_date, pd.period_days,
                       greatest(pd.start_date, least((pairs.created_at at time zone 'UTC')::date, pairs.first_held)) as since,
                       case when pairs.status in ('DISSOLVED', 'CLOSED')
                            then least(pd.until, (pairs.updated_at at time zone 'UTC')::date) else pd.until end as until,
                       coalesce(pairs.sessions, 0) as sessions, coalesce(pairs.minutes, 0) as minutes,
                       coalesce(pairs.active_periods, 0) as active_periods,
                       pairs.feedback_sum::numeric / nullif(pairs.feedback_count, 0) as feedback,
                       pairs.check_in_sum::numeric / nullif(pairs.check_in_count, 0) as check_in
                from pairs cross join program_days pd
            ), per_pair as materialized (
                select score, sessions, minutes, feedback, check_in, active_periods,
                       sessions * 30.44 / greatest(until - since, 1) as per_month,
                       greatest((until - start_date) / period_days - (since - start_date) / period_days + 1, 1)
                           as periods
                from spans
            )
            select count(*) as pairs,
                   coalesce(sum(sessions), 0) as sessions,
                   coalesce(sum(minutes), 0) / 60.0 as hours,
                   min(per_month) as min, max(per_month) as max, avg(per_month) as mean,
                   percentile_cont(0.25) within group (order by per_month) as q1,
                   percentile_cont(0.5) within group (order by per_month) as median,
                   percentile_cont(0.75) within group (order by per_month) as q3,
                   count(*) filter (where active_periods * 4 >= periods * 3) as keeping,
                   count(*) filter (where per_month = 0) as b0,
                   count(*) filter (where per_month > 0 and per_month < 1) as b1,
                   count(*) filter (where per_month >= 1 and per_month < 2) as b2,
                   count(*) filter (where per_month >= 2 and per_month < 4) as b3,
                   count(*) filter (where per_month >= 4) as b4,
                   corr(score, feedback) as feedback_r, count(feedback) as feedback_pairs,
                   corr(score, check_in) as check_in_r, count(check_in) as check_in_pairs,
                   (select sum(feedback_sum)::numeric / nullif(sum(feedback_count), 0) from pairs) as feedback_average,
                   (select count(distinct author) from pairs, unnest(feedback_authors) author) as feedback_people,
                   (select sum(check_in_sum)::numeric / nullif(sum(check_in_count), 0) from pairs) as check_in_average,
                   (select count(distinct person) from pairs, unnest(check_in_people) person) as check_in_people,
                   (select check_in_cadence_weeks from program_days) as cadence_weeks
            from per_pair
            """;

    private static final double DAYS_PER_MONTH = 30.44;

    /** Engagement and match quality, read together. */
    record Activity(Engagement engagement, MatchQuality matchQuality, long pairs, long keepingPairs) {}

    private final JdbcTemplate jdbc;

    ActivityQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Activity of(long programId) {
        return jdbc.queryForObject(SQL, (rs, row) -> activity(rs), programId, programId);
    }

    private static Activity activity(ResultSet rs) throws SQLException {
        long pairs = rs.getLong("pairs");
        long people = 2 * pairs;
        Distribution distribution = new Distribution(
                Figure.of(rs.getDouble("min"), people),
                Figure.of(rs.getDouble("q1"), people),
                Figure.of(rs.getDouble("median"), people),
                Figure.of(rs.getDouble("q3"), people),
                Figure.of(rs.getDouble("max"), people),
                Figure.of(rs.getDouble("mean"), people),
                List.of(
                        bucket("none", 0.0, 0.0, rs.getLong("b0"), people),
                        bucket("under 1", 0.0, 1.0, rs.getLong("b1"), people),
                        bucket("1 to 2", 1.0, 2.0, rs.getLong("b2"), people),
                        bucket("2 to 4", 2.0, 4.0, rs.getLong("b3"), people),
                        bucket("4 or more", 4.0, null, rs.getLong("b4"), people)));
        Figure keeping = Figure.of(pairs == 0 ? Double.NaN : 100.0 * rs.getLong("keeping") / pairs, people);
        Figure feedback = Figure.of(rs.getDouble("feedback_average"), rs.getLong("feedback_people"));
        Figure checkIn = Figure.of(rs.getDouble("check_in_average"), rs.getLong("check_in_people"));
        double expectedPerMonth = DAYS_PER_MONTH / (7.0 * rs.getInt("cadence_weeks"));
        Engagement engagement = new Engagement(
                distribution,
                Figure.of(rs.getLong("sessions"), people),
                Figure.of(rs.getDouble("hours"), people),
                keeping,
                feedback,
                checkIn,
                score(keeping, distribution.median(), expectedPerMonth, feedback, checkIn));
        MatchQuality matchQuality = new MatchQuality(
                MatchQuality.CorrelationFigure.of(
                        Correlation.of(nullable(rs, "feedback_r"), (int) rs.getLong("feedback_pairs")), "feedback"),
                MatchQuality.CorrelationFigure.of(
                        Correlation.of(nullable(rs, "check_in_r"), (int) rs.getLong("check_in_pairs")), "checkIns"));
        return new Activity(engagement, matchQuality, pairs, rs.getLong("keeping"));
    }

    private static double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    private static Distribution.Bucket bucket(String label, Double from, Double to, long pairs, long people) {
        return new Distribution.Bucket(label, from, to, Figure.of(pairs, people));
    }

    private static Figure score(
            Figure keeping, Figure median, double expectedPerMonth, Figure feedback, Figure checkIn) {
        long people = Math.min(Math.min(keeping.n(), median.n()), Math.min(feedback.n(), checkIn.n()));
        if (!keeping.shown() || !median.shown() || !feedback.shown() || !checkIn.shown()) {
            return new Figure(null, people, true);
        }
        double score = 40 * keeping.value() / 100
                + 30 * Math.min(1, median.value() / expectedPerMonth)
                + 15 * (feedback.value() - 1) / 4
                + 15 * (checkIn.value() - 1) / 4;
        return Figure.of(score, people);
    }
}
