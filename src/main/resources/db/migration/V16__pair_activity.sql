-- Per-pair activity totals for the impact dashboard and the status board, kept up to date by the database itself whenever a
-- session, feedback answer, check-in or the program's start date or cadence changes, so the dashboard
-- aggregates one row per pair instead of every session of a large program. Whatever writes (the app, an
-- import, a bulk load), the totals follow; a statement-level trigger refreshes each touched pair once.
create table pair_activity (
    pair_id          bigint  primary key references mentoring_pair (id) on delete cascade,
    sessions         integer not null default 0,
    minutes          bigint  not null default 0,
    first_held       date,
    last_held        date,
    -- cadence periods with a session, or with both partners' check-ins (the status board's rule)
    active_periods   integer not null default 0,
    feedback_sum     bigint  not null default 0,
    feedback_count   integer not null default 0,
    feedback_authors bigint[] not null default '{}',
    check_in_sum     bigint  not null default 0,
    check_in_count   integer not null default 0,
    check_in_people  bigint[] not null default '{}',
    last_check_in    date,
    -- the latest cadence period in which both partners checked in
    last_joint_period integer
);

create function refresh_pair_activity(ids bigint[]) returns void
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
            select (held_on - pr.start_date) / (pr.check_in_cadence_weeks * 7) as period
            from mentoring_session where pair_id = mp.id
            union all
            select period_index from pair_check_in where pair_id = mp.id
            group by period_index having count(distinct person_id) = 2) activity) p
    where a.pair_id = mp.id and a.pair_id = any (ids);
end $$;

-- for the tables whose rows name their pair: sessions and check-ins
create function pair_activity_after_pair_rows_change() returns trigger
language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform refresh_pair_activity(array(select distinct pair_id from new_rows));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform refresh_pair_activity(array(select distinct pair_id from old_rows));
    end if;
    return null;
end $$;

create trigger pair_activity_session_insert after insert on mentoring_session
    referencing new table as new_rows for each statement execute function pair_activity_after_pair_rows_change();
create trigger pair_activity_session_update after update on mentoring_session
    referencing old table as old_rows new table as new_rows
    for each statement execute function pair_activity_after_pair_rows_change();
create trigger pair_activity_session_delete after delete on mentoring_session
    referencing old table as old_rows for each statement execute function pair_activity_after_pair_rows_change();

create function pair_activity_after_feedback_change() returns trigger
language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform refresh_pair_activity(array(
            select distinct s.pair_id from new_rows n join mentoring_session s on s.id = n.session_id));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        -- when the session itself is being deleted its own trigger refreshes the pair
        perform refresh_pair_activity(array(
            select distinct s.pair_id from old_rows o join mentoring_session s on s.id = o.session_id));
    end if;
    return null;
end $$;

create trigger pair_activity_feedback_insert after insert on session_feedback
    referencing new table as new_rows for each statement execute function pair_activity_after_feedback_change();
create trigger pair_activity_feedback_update after update on session_feedback
    referencing old table as old_rows new table as new_rows
    for each statement execute function pair_activity_after_feedback_change();
create trigger pair_activity_feedback_delete after delete on session_feedback
    referencing old table as old_rows for each statement execute function pair_activity_after_feedback_change();

create trigger pair_activity_check_in_insert after insert on pair_check_in
    referencing new table as new_rows for each statement execute function pair_activity_after_pair_rows_change();
create trigger pair_activity_check_in_update after update on pair_check_in
    referencing old table as old_rows new table as new_rows
    for each statement execute function pair_activity_after_pair_rows_change();
create trigger pair_activity_check_in_delete after delete on pair_check_in
    referencing old table as old_rows for each statement execute function pair_activity_after_pair_rows_change();

create function pair_activity_after_program_change() returns trigger
language plpgsql as $$
begin
    perform refresh_pair_activity(array(select id from mentoring_pair where program_id = new.id));
    return null;
end $$;

create trigger pair_activity_program_periods after update of start_date, check_in_cadence_weeks on program
    for each row
    when (old.start_date is distinct from new.start_date
          or old.check_in_cadence_weeks is distinct from new.check_in_cadence_weeks)
    execute function pair_activity_after_program_change();

select refresh_pair_activity(array(select id from mentoring_pair));
