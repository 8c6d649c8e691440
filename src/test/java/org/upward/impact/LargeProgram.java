package org.upward.impact;

import org.springframework.jdbc.core.JdbcTemplate;
import org.upward.impact.internal.ImpactBenchmark;

/**
 * Fills PostgreSQL with one large running program for the impact benchmark, in set-based SQL (seeded, so
 * every fill is the same): 10,000 people, 5,000 participants (2,500 mentees and 2,500 mentors), 2,500 active
 * pairs, 100,000 session logs with feedback from about 60% of them, check-ins from both partners in most
 * cadence periods, 20,000 assessment ratings (PRE and POST, two focus skills, every participant) and 15,000
 * survey responses over three closed waves (participants and a comparison group). Run by {@link ImpactBenchmark} and the load test
 * ({@code org.upward.load.LoadTest}); documented in docs/benchmarks.md.
 */
public final class LargeProgram {

    static final int PEOPLE = 10_000;
    static final int PAIRS = 2_500;
    static final int SESSIONS_PER_PAIR = 40;
    private static final String DOMAIN = "@large.example";

    private LargeProgram() {}

    /** Creates the program and everything in it; returns the program's id. */
    public static long fill(JdbcTemplate jdbc) {
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
        measuredObjectives(jdbc, programId);
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
                       'Generated session', mentor.email, now(), now()
                from mentoring_pair p join person mentor on mentor.id = p.mentor_id
                cross join generate_series(1, ?) s
                where p.program_id = ?
                """,
                SESSIONS_PER_PAIR,
                programId);
        jdbc.update(
                """
                insert into session_feedback (session_id, author_id, rating, learned, learned_shareable, created_at,
                                              updated_at)
                select s.id, p.mentee_id, least(5, greatest(1, round(2 + p.score / 40 + random() * 2)::int)),
                       'Generated', random() < 0.05, now(), now()
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
        assessments(jdbc, programId);
        surveys(jdbc, programId);
        jdbc.execute("analyze");
        return programId;
    }

    /** One objective per kind of measure Upward computes, so that the results judge every kind. */
    private static void measuredObjectives(JdbcTemplate jdbc, long programId) {
        String[][] measures = {
            {"SKILL_POST_MEAN", "MENTEE", null, "3.5", null, null},
            {"SKILL_CHANGE", "MENTEE", null, "0.5", null, null},
            {"SHARE_REACHING_LEVEL", "MENTOR", "4", "40", null, null},
            {"SURVEY_CHANGE", null, null, "0.2", "COLLABORATION", "MONTH_6"},
            {"CADENCE_SHARE", null, null, "60", null, null},
            {"RETENTION_DIFFERENCE", null, null, "2", null, null},
            {"OUTCOME_VALUE", null, null, "100000", null, null}
        };
        for (int i = 0; i < measures.length; i++) {
            String[] m = measures[i];
            Long objective = jdbc.queryForObject(
                    "insert into program_objective (program_id, position, statement, outcome_measure, measure_kind,"
                            + " measure_side, measure_level, measure_target, measure_item, measure_wave)"
                            + " values (?, ?, ?, 'as measured', ?, ?, ?::numeric, ?::numeric, ?, ?) returning id",
                    Long.class,
                    programId,
                    i + 1,
                    "Objective judged by " + m[0],
                    m[0],
                    m[1],
                    m[2],
                    m[3],
                    m[4],
                    m[5]);
            if (m[1] != null) {
                jdbc.update(
                        "insert into program_objective_measure_skill (objective_id, skill_id)"
                                + " select ?, id from skill order by id limit 1",
                        objective);
            }
        }
    }

    /** PRE and POST self-ratings of two focus skills by all 5,000 participants: 20,000 ratings. */
    private static void assessments(JdbcTemplate jdbc, long programId) {
        jdbc.update(
                "insert into assessment_window (program_id, phase, opens_on, closes_on, created_at, updated_at)"
                        + " values (?, 'PRE', date '2026-01-05', date '2026-01-25', now(), now()),"
                        + " (?, 'POST', date '2026-11-01', date '2026-11-30', now(), now())",
                programId,
                programId);
        jdbc.update(
                """
                insert into assessment_rating (program_id, phase, rater_id, subject_id, skill_id, level, answered_on,
                                               created_at, updated_at)
                select ?, phase.name, e.person_id, e.person_id, skill.id,
                       least(5, greatest(1, 2 + (random() * 2)::int
                           + case when phase.name = 'POST' and skill.rank = 1 then 1 else 0 end)),
                       date '2026-01-10', now(), now()
                from enrollment e
                cross join (values ('PRE'), ('POST')) as phase(name)
                cross join (select id, row_number() over (order by id) as rank from skill order by id limit 2) skill
                where e.program_id = ?
                """,
                programId,
                programId);
    }

    /** Three closed waves, 5,000 answers each from participants and a comparison group: 15,000 responses. */
    private static void surveys(JdbcTemplate jdbc, long programId) {
        jdbc.update(
                """
                insert into survey_wave (program_id, name, opens_on, closes_on, created_at, updated_at)
                values (?, 'BASELINE', date '2025-12-22', date '2026-01-18', now(), now()),
                       (?, 'MONTH_6', date '2026-07-06', date '2026-08-02', now(), now()),
                       (?, 'MONTH_9', date '2026-10-05', date '2026-11-01', now(), now())
                """,
                programId,
                programId,
                programId);
        jdbc.update(
                """
                insert into survey_response (respondent_key, wave_id, respondent_group, side, collaboration,
                                             satisfaction, intergenerational_communication, recommend)
                select gen_random_uuid(), w.id, case when g <= 4000 then 'PARTICIPANT' else 'COMPARISON' end,
                       case when g <= 4000 then (array['MENTOR', 'MENTEE'])[1 + g % 2] end,
                       1 + (random() * 4)::int, 1 + (random() * 4)::int, 1 + (random() * 4)::int,
                       (random() * 10)::int
                from survey_wave w cross join generate_series(1, 5000) g
                where w.program_id = ?
                """,
                programId);
    }
}
