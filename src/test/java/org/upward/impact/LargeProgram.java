package org.upward.impact;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills PostgreSQL with one large running program for the impact benchmark, in set-based SQL (seeded, so
 * every fill is the same): 10,000 people, 5,000 participants (2,500 mentees and 2,500 mentors), 2,500 active
 * pairs, 100,000 session logs with feedback from about 60% of them, and check-ins from both partners in most
 * cadence periods. Run by {@link ImpactBenchmark}; documented in docs/benchmarks.md.
 */
final class LargeProgram {

    static final int PEOPLE = 10_000;
    static final int PAIRS = 2_500;
    static final int SESSIONS_PER_PAIR = 40;
    private static final String DOMAIN = "@large.example";

    private LargeProgram() {}

    /** Creates the program and everything in it; returns the program's id. */
    static long fill(JdbcTemplate jdbc) {
        jdbc.queryForObject("select setseed(0.2027)", Object.class);
        jdbc.update(
                """
                insert into person (email, name, department, job_level, hire_date, leave_date)
                select 'p' || g || ?, 'Person ' || g,
                       (array['Sales','Marketing','Finance','Engineering','HR','Operations','Legal'])[1 + g % 7],
                       case when g <= 2500 then 6 + g % 4 when g <= 5000 then 1 + g % 3 else 1 + g % 10 end,
                       date '2012-01-01' + (g % 3500),
                       case when random() < (case when g <= 5000 then 0.05 else 0.12 end)
                            then date '2026-02-01' + (g % 290) end
                from generate_series(1, ?) g
                """,
                DOMAIN, PEOPLE);
        Long programId = jdbc.queryForObject(
                """
                insert into program (name, description, start_date, end_date, check_in_cadence_weeks, cost, status)
                values ('Large program', 'Generated for the impact benchmark', date '2026-01-05', date '2026-12-18',
                        3, 250000, 'RUNNING')
                returning id
                """,
                Long.class);
        Long objective = jdbc.queryForObject(
                "insert into program_objective (program_id, position, statement, outcome_measure)"
                        + " values (?, 0, 'Leaders use AI weekly', 'POST >= 3.5') returning id",
                Long.class,
                programId);
        jdbc.update(
                "insert into program_objective_skill (objective_id, skill_id)"
                        + " select ?, id from skill order by id limit 4",
                objective);
        jdbc.update(
                """
                insert into enrollment (program_id, person_id, side, work_style, status)
                select ?, p.id, case when g <= 2500 then 'MENTEE' else 'MENTOR' end, 'AMBIVERT', 'ACCEPTED'
                from generate_series(1, 5000) g join person p on p.email = 'p' || g || ?
                """,
                programId,
                DOMAIN);
        jdbc.update(
                """
                insert into mentoring_pair (program_id, mentor_id, mentee_id, score, breakdown, explanation, status,
                                            created_at, updated_at)
                select ?, mentor.id, mentee.id, round((20 + random() * 75)::numeric, 2),
                       '{"skillGap": 50, "sharedInterest": 50, "workStyle": 50}', 'generated', 'ACTIVE',
                       timestamp with time zone '2026-01-12 09:00:00+00', timestamp with time zone '2026-01-12 09:00:00+00'
                from generate_series(1, ?) g
                join person mentee on mentee.email = 'p' || g || ?
                join person mentor on mentor.email = 'p' || (2500 + g) || ?
                """,
                programId,
                PAIRS,
                DOMAIN,
                DOMAIN);
        jdbc.update(
                """
                insert into mentoring_session (pair_id, held_on, duration_minutes, format, skills_covered, notes,
                                               logged_by, created_at, updated_at)
                select p.id, date '2026-01-12' + (random() * 300)::int, 30 + (random() * 60)::int,
                       (array['IN_PERSON', 'VIDEO', 'LUNCH_AND_LEARN'])[1 + (random() * 2)::int], '[]',
                       'Generated session', 'p' || p.mentor_id || ?, now(), now()
                from mentoring_pair p cross join generate_series(1, ?) s
                where p.program_id = ?
                """,
                DOMAIN,
                SESSIONS_PER_PAIR,
                programId);
        jdbc.update(
                """
                insert into session_feedback (session_id, author_id, rating, learned, created_at, updated_at)
                select s.id, p.mentee_id, least(5, greatest(1, round(2 + p.score / 40 + random() * 2)::int)),
                       'Generated', now(), now()
                from mentoring_session s join mentoring_pair p on p.id = s.pair_id
                where p.program_id = ? and random() < 0.6
                """,
                programId);
        jdbc.update(
                """
                insert into pair_check_in (pair_id, person_id, period_index, answered_on, rating, created_at,
                                           updated_at)
                select p.id, who.person_id, period, date '2026-01-05' + period * 21 + 10,
                       1 + (random() * 4)::int, now(), now()
                from mentoring_pair p
                cross join lateral (values (p.mentor_id), (p.mentee_id)) as who(person_id)
                cross join generate_series(0, 14) period
                where p.program_id = ? and random() < 0.7
                """,
                programId);
        jdbc.execute("analyze");
        return programId;
    }
}
