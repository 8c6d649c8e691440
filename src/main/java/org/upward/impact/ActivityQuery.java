package org.upward.impact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Engagement and match quality in one SQL statement: the program's sessions, feedback and check-ins are read
 * once each (set-based, no query per pair) into per-pair figures, which are then aggregated.
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
                select p.id, p.score, p.status, p.created_at, p.updated_at
                from mentoring_pair p where p.program_id = ? and p.status in ('ACTIVE', 'DISSOLVED')
            ), sessions as materialized (
                select s.id, s.pair_id, s.held_on, s.duration_minutes
                from mentoring_session s join pairs on pairs.id = s.pair_id
            ), feedback as materialized (
                select sessions.pair_id, f.author_id, f.rating
                from session_feedback f join sessions on sessions.id = f.session_id
            ), check_ins as materialized (
                select c.pair_id, c.person_id, c.rating, c.period_index
                from pair_check_in c join pairs on pairs.id = c.pair_id
            ), session_totals as (
                select pair_id, count(*) as sessions, sum(duration_minutes) as minutes, min(held_on) as first_held
                from sessions group by pair_id
            ), active_periods as (
                select pair_id, count(distinct period) as periods from (
                    select s.pair_id, (s.held_on - pd.start_date) / pd.period_days as period
                    from sessions s cross join program_days pd
                    union all
                    select pair_id, period_index from check_ins
                    group by pair_id, period_index having count(distinct person_id) = 2) activity
                group by pair_id
            ), feedback_totals as (
                select pair_id, avg(rating) as rating from feedback group by pair_id
            ), check_in_totals as (
                select pair_id, avg(rating) as rating from check_ins group by pair_id
            ), spans as (
                select pairs.id, pairs.score, pd.start_date, pd.period_days,
                       greatest(pd.start_date, least((pairs.created_at at time zone 'UTC')::date, st.first_held)) as since,
                       case when pairs.status = 'DISSOLVED'
                            then least(pd.until, (pairs.updated_at at time zone 'UTC')::date) else pd.until end as until,
                       coalesce(st.sessions, 0) as sessions, coalesce(st.minutes, 0) as minutes,
                       coalesce(ap.periods, 0) as active_periods,
                       ft.rating as feedback, ct.rating as check_in
                from pairs cross join program_days pd
                left join session_totals st on st.pair_id = pairs.id
                left join active_periods ap on ap.pair_id = pairs.id
                left join feedback_totals ft on ft.pair_id = pairs.id
                left join check_in_totals ct on ct.pair_id = pairs.id
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
                   (select avg(rating) from feedback) as feedback_average,
                   (select count(distinct author_id) from feedback) as feedback_people,
                   (select avg(rating) from check_ins) as check_in_average,
                   (select count(distinct person_id) from check_ins) as check_in_people,
                   (select check_in_cadence_weeks from program_days) as cadence_weeks
            from per_pair
            """;

    private static final double DAYS_PER_MONTH = 30.44;

    /** Engagement and match quality, read together. */
    record Activity(Engagement engagement, MatchQuality matchQuality) {}

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
                Figure.count(rs.getLong("sessions"), people),
                Figure.count(rs.getDouble("hours"), people),
                keeping,
                feedback,
                checkIn,
                score(keeping, distribution.median(), expectedPerMonth, feedback, checkIn));
        MatchQuality matchQuality = new MatchQuality(
                MatchQuality.CorrelationFigure.of(
                        Correlation.of(nullable(rs, "feedback_r"), (int) rs.getLong("feedback_pairs")), "feedback"),
                MatchQuality.CorrelationFigure.of(
                        Correlation.of(nullable(rs, "check_in_r"), (int) rs.getLong("check_in_pairs")), "check-ins"));
        return new Activity(engagement, matchQuality);
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
