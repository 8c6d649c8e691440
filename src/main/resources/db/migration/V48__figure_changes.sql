-- What the impact figures are read from, counted per program as it changes, so a program's dashboard and
-- results can be computed once per change instead of once per view. Every statement that writes one of the
-- tables below appends one row per program it touched (program 0: the company-wide tables, people and skills).
-- Appending takes no lock that another writer waits for. A program's count of changes per source (what is in
-- figure_change plus what has been folded into figure_stamp) grows exactly when such a write commits, so a
-- figure cached under the counts read before it was computed is never shown once the data has changed, on any
-- instance. A job folds figure_change into figure_stamp now and then; folding keeps every count as it was.
create table figure_change (
    program_id bigint      not null,
    source     varchar(20) not null
);
create index figure_change_program_idx on figure_change (program_id, source);

create table figure_stamp (
    program_id bigint      not null,
    source     varchar(20) not null,
    folded     bigint      not null,
    primary key (program_id, source)
);

-- rows that name their program
create function figure_change_by_program() returns trigger
language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into figure_change (program_id, source) select distinct program_id, tg_argv[0] from new_rows;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into figure_change (program_id, source) select distinct program_id, tg_argv[0] from old_rows;
    end if;
    return null;
end $$;

-- rows that name their pair
create function figure_change_by_pair() returns trigger
language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into figure_change (program_id, source)
        select distinct p.program_id, tg_argv[0] from new_rows n join mentoring_pair p on p.id = n.pair_id;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into figure_change (program_id, source)
        select distinct p.program_id, tg_argv[0] from old_rows o join mentoring_pair p on p.id = o.pair_id;
    end if;
    return null;
end $$;

-- rows that name their survey wave
create function figure_change_by_wave() returns trigger
language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into figure_change (program_id, source)
        select distinct w.program_id, tg_argv[0] from new_rows n join survey_wave w on w.id = n.wave_id;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into figure_change (program_id, source)
        select distinct w.program_id, tg_argv[0] from old_rows o join survey_wave w on w.id = o.wave_id;
    end if;
    return null;
end $$;

-- a wrap-up's goals
create function figure_change_by_wrap_up() returns trigger
language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into figure_change (program_id, source)
        select distinct w.program_id, tg_argv[0] from new_rows n join wrap_up w on w.id = n.wrap_up_id;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into figure_change (program_id, source)
        select distinct w.program_id, tg_argv[0] from old_rows o join wrap_up w on w.id = o.wrap_up_id;
    end if;
    return null;
end $$;

-- the company-wide tables: every program's retention and skill names read them
create function figure_change_company() returns trigger
language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into figure_change (program_id, source) select 0, tg_argv[0] where exists (select from new_rows);
    else
        insert into figure_change (program_id, source) select 0, tg_argv[0] where exists (select from old_rows);
    end if;
    return null;
end $$;

-- A trigger with transition tables fires on one event only, so each table gets three.
do $$
declare
    watched text[][] := array[
        ['mentoring_pair', 'program', 'pairs'],
        ['enrollment', 'program', 'pairs'],
        ['pair_agreement', 'pair', 'pairs'],
        ['pair_activity', 'pair', 'activity'],
        ['assessment_rating', 'program', 'ratings'],
        ['assessment_window', 'program', 'ratings'],
        ['survey_wave', 'program', 'surveys'],
        ['survey_item', 'program', 'surveys'],
        ['survey_response', 'wave', 'surveys'],
        ['survey_participation', 'wave', 'surveys'],
        ['survey_comparison_member', 'wave', 'surveys'],
        ['business_outcome', 'program', 'outcomes'],
        ['wrap_up', 'program', 'wrapups'],
        ['wrap_up_goal', 'wrap_up', 'wrapups'],
        ['person', 'company', 'company'],
        ['skill', 'company', 'company']];
    t text[];
    fn text;
begin
    foreach t slice 1 in array watched loop
        fn := case t[2] when 'program' then 'figure_change_by_program' when 'pair' then 'figure_change_by_pair'
              when 'wave' then 'figure_change_by_wave' when 'wrap_up' then 'figure_change_by_wrap_up'
              else 'figure_change_company' end;
        execute format('create trigger figure_change_insert after insert on %I referencing new table as new_rows'
            || ' for each statement execute function %I(%L)', t[1], fn, t[3]);
        execute format('create trigger figure_change_update after update on %I'
            || ' referencing old table as old_rows new table as new_rows'
            || ' for each statement execute function %I(%L)', t[1], fn, t[3]);
        execute format('create trigger figure_change_delete after delete on %I referencing old table as old_rows'
            || ' for each statement execute function %I(%L)', t[1], fn, t[3]);
    end loop;
end $$;
