package org.upward.impact;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Engagement figures, each an SQL aggregate. A pair counts from the day it was made, or its first session if
 * that is earlier (history logged after the fact), but not before the program's start, until today, the
 * program's end or the day it was dissolved; a month is 30.44 days. A pair keeps the cadence
 * when it was active — a session, or a check-in by either partner — in at least three of every four cadence
 * periods it has been together.
 */
@Component
class EngagementQuery {

    private static final String PER_PAIR =
            """
            with program_days as (
                select start_date, least(end_date, current_date) as until, check_in_cadence_weeks * 7 as period_days
                from program where id = ?
            ), pairs as (
                select p.id, pd.start_date, pd.period_days,
                       greatest(pd.start_date, least((p.created_at at time zone 'UTC')::date,
                           (select min(ms.held_on) from mentoring_session ms where ms.pair_id = p.id))) as since,
                       case when p.status = 'DISSOLVED' then least(pd.until, (p.updated_at at time zone 'UTC')::date)
                            else pd.until end as until
                from mentoring_pair p cross join program_days pd
                where p.program_id = ? and p.status in ('ACTIVE', 'DISSOLVED')
            ), per_pair as (
                select pairs.id,
                       coalesce(s.sessions, 0) as sessions,
                       coalesce(s.minutes, 0) as minutes,
                       coalesce(s.sessions, 0) * 30.44 / greatest(pairs.until - pairs.since, 1) as per_month,
                       (select count(*) from (
                            select (ms.held_on - pairs.start_date) / pairs.period_days from mentoring_session ms
                             where ms.pair_id = pairs.id
                            union
                            select c.period_index from pair_check_in c where c.pair_id = pairs.id) periods) as active_periods,
                       greatest((pairs.until - pairs.start_date) / pairs.period_days
                                - (pairs.since - pairs.start_date) / pairs.period_days + 1, 1) as periods
                from pairs
                left join (select pair_id, count(*) as sessions, sum(duration_minutes) as minutes
                             from mentoring_session group by pair_id) s on s.pair_id = pairs.id
            )
            """;

    private static final String SUMMARY = PER_PAIR
            + """
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
                   (select check_in_cadence_weeks from program where id = ?) as cadence_weeks
            from per_pair
            """;

    private static final String RATINGS =
            """
            select (select avg(f.rating) from session_feedback f
                      join mentoring_session s on s.id = f.session_id
                      join mentoring_pair p on p.id = s.pair_id where p.program_id = ?) as feedback,
                   (select count(distinct f.author_id) from session_feedback f
                      join mentoring_session s on s.id = f.session_id
                      join mentoring_pair p on p.id = s.pair_id where p.program_id = ?) as feedback_people,
                   (select avg(c.rating) from pair_check_in c
                      join mentoring_pair p on p.id = c.pair_id where p.program_id = ?) as check_in,
                   (select count(distinct c.person_id) from pair_check_in c
                      join mentoring_pair p on p.id = c.pair_id where p.program_id = ?) as check_in_people
            """;

    private static final double DAYS_PER_MONTH = 30.44;

    private final JdbcTemplate jdbc;

    EngagementQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Engagement of(long programId) {
        Ratings ratings = jdbc.queryForObject(
                RATINGS,
                (rs, row) -> new Ratings(
                        Figure.of(rs.getDouble("feedback"), rs.getLong("feedback_people")),
                        Figure.of(rs.getDouble("check_in"), rs.getLong("check_in_people"))),
                programId,
                programId,
                programId,
                programId);
        return jdbc.queryForObject(
                SUMMARY,
                (rs, row) -> {
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
                    double expectedPerMonth = DAYS_PER_MONTH / (7.0 * rs.getInt("cadence_weeks"));
                    return new Engagement(
                            distribution,
                            Figure.count(rs.getLong("sessions"), people),
                            Figure.count(rs.getDouble("hours"), people),
                            keeping,
                            ratings.feedback(),
                            ratings.checkIn(),
                            score(keeping, distribution.median(), expectedPerMonth, ratings));
                },
                programId,
                programId,
                programId);
    }

    private static Distribution.Bucket bucket(String label, Double from, Double to, long pairs, long people) {
        return new Distribution.Bucket(label, from, to, Figure.of(pairs, people));
    }

    private static Figure score(Figure keeping, Figure median, double expectedPerMonth, Ratings ratings) {
        long people = Math.min(
                Math.min(keeping.n(), median.n()),
                Math.min(ratings.feedback().n(), ratings.checkIn().n()));
        if (!keeping.shown()
                || !median.shown()
                || !ratings.feedback().shown()
                || !ratings.checkIn().shown()) {
            return new Figure(null, people, true);
        }
        double score = 40 * keeping.value() / 100
                + 30 * Math.min(1, median.value() / expectedPerMonth)
                + 15 * (ratings.feedback().value() - 1) / 4
                + 15 * (ratings.checkIn().value() - 1) / 4;
        return Figure.of(score, people);
    }

    private record Ratings(Figure feedback, Figure checkIn) {}
}
