-- The cadence period a day falls in: counted from the program's start (period 0), each check_in_cadence_weeks
-- long, with floor division, so the days before the start are period -1, -2, ... as in the Java rule
-- (CadencePeriods.indexOf). V16 divided integers, which truncates toward zero and put the week before the
-- start in period 0. CadencePeriodRuleTest pins both to the same answers.
create function cadence_period(start_day date, cadence_weeks integer, day date) returns integer
language sql immutable strict parallel safe
return floor((day - start_day)::numeric / (cadence_weeks * 7))::integer;

create or replace function refresh_pair_activity(ids bigint[]) returns void
language plpgsql as $$
begin
    insert into pair_activity (pair_id)
    select id from mentoring_pair where id = any (ids)
    on conflict do nothing;
    -- Writers of one pair queue here; the statement below then reads a snapshot that includes the
    -- writes committed while this one waited, so no concurrent session is left out of the totals.
    perform 1 from pair_activity where pair_id = any (ids) order by pair_id for update;
    update pair_activity a
    set sessions = s.sessions, minutes = s.minutes, first_held = s.first_held, last_held = s.last_held,
        active_periods = p.periods,
        feedback_sum = f.total, feedback_count = f.answers, feedback_authors = f.authors,
        check_in_sum = c.total, check_in_count = c.answers, check_in_people = c.people,
        last_check_in = c.last_answered, last_joint_period = j.period
    from mentoring_pair mp
    join program pr on pr.id = mp.program_id
    cross join lateral (
        select count(*) as sessions, coalesce(sum(duration_minutes), 0) as minutes, min(held_on) as first_held,
               max(held_on) as last_held
        from mentoring_session where pair_id = mp.id) s
    cross join lateral (
        select count(*) as answers, coalesce(sum(f.rating), 0) as total,
               coalesce(array_agg(distinct f.author_id), '{}') as authors
        from session_feedback f join mentoring_session ms on ms.id = f.session_id
        where ms.pair_id = mp.id) f
    cross join lateral (
        select count(*) as answers, coalesce(sum(rating), 0) as total,
               coalesce(array_agg(distinct person_id), '{}') as people, max(answered_on) as last_answered
        from pair_check_in where pair_id = mp.id) c
    cross join lateral (
        select max(period_index) as period from (
            select period_index from pair_check_in where pair_id = mp.id
            group by period_index having count(distinct person_id) = 2) joint) j
    cross join lateral (
        select count(distinct period) as periods from (
            select cadence_period(pr.start_date, pr.check_in_cadence_weeks, held_on) as period
            from mentoring_session where pair_id = mp.id
            union all
            select period_index from pair_check_in where pair_id = mp.id
            group by period_index having count(distinct person_id) = 2) activity) p
    where a.pair_id = mp.id and a.pair_id = any (ids);
end $$;

select refresh_pair_activity(array(select id from mentoring_pair));
