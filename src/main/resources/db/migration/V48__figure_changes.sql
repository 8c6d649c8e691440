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

-- One function for every watched table; its arguments say how a row names its program: the source, then
-- 'program' (a program_id column), 'company' (program 0), or a parent table and the column naming its row.
create function figure_change() returns trigger
language plpgsql as $$
declare
    program text := case tg_argv[1]
        when 'program' then 'r.program_id'
        when 'company' then '0'
        else format('(select program_id from %I where id = r.%I)', tg_argv[1], tg_argv[2]) end;
    logged text := 'insert into figure_change (program_id, source)'
        || ' select distinct * from (select %s as program_id, %L as source from %I r) t where program_id is not null';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute format(logged, program, tg_argv[0], 'new_rows');
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        execute format(logged, program, tg_argv[0], 'old_rows');
    end if;
    return null;
end $$;

-- A trigger with transition tables fires on one event only, so each table gets three.
do $$
declare
    watched text[][] := array[
        ['mentoring_pair', 'pairs', 'program', ''],
        ['enrollment', 'pairs', 'program', ''],
        ['pair_agreement', 'pairs', 'mentoring_pair', 'pair_id'],
        ['pair_activity', 'activity', 'mentoring_pair', 'pair_id'],
        ['assessment_rating', 'ratings', 'program', ''],
        ['assessment_window', 'ratings', 'program', ''],
        ['survey_wave', 'surveys', 'program', ''],
        ['survey_item', 'surveys', 'program', ''],
        ['survey_response', 'surveys', 'survey_wave', 'wave_id'],
        ['survey_participation', 'surveys', 'survey_wave', 'wave_id'],
        ['survey_comparison_member', 'surveys', 'survey_wave', 'wave_id'],
        ['business_outcome', 'outcomes', 'program', ''],
        ['wrap_up', 'wrapups', 'program', ''],
        ['wrap_up_goal', 'wrapups', 'wrap_up', 'wrap_up_id'],
        ['person', 'company', 'company', ''],
        ['skill', 'company', 'company', '']];
    t text[];
begin
    foreach t slice 1 in array watched loop
        execute format('create trigger figure_change_insert after insert on %I referencing new table as new_rows'
            || ' for each statement execute function figure_change(%L, %L, %L)', t[1], t[2], t[3], t[4]);
        execute format('create trigger figure_change_update after update on %I'
            || ' referencing old table as old_rows new table as new_rows'
            || ' for each statement execute function figure_change(%L, %L, %L)', t[1], t[2], t[3], t[4]);
        execute format('create trigger figure_change_delete after delete on %I referencing old table as old_rows'
            || ' for each statement execute function figure_change(%L, %L, %L)', t[1], t[2], t[3], t[4]);
    end loop;
end $$;
