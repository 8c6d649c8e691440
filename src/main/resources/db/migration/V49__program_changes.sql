-- A program's view (its name, dates, objectives with their skills, matching and assessment settings) is kept in
-- memory per change, like the figures of V48: every write to the program's own tables appends a 'program' row
-- for it to figure_change, so the count read before a view is built says whether a kept one is still the same.
-- The sponsor's and the skills' names come from people and skills, which V48 counts already as 'company'.
create or replace function figure_change() returns trigger
language plpgsql as $$
declare
    program text := case tg_argv[1]
        when 'program' then 'r.program_id'
        when 'self' then 'r.id'
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

-- Creates the three statement triggers (a trigger with transition tables fires on one event only) that count
-- writes to a watched table as changes of a source: how a row names its program is as figure_change() reads it.
create function watch_figure_changes(watched text, source text, program text, link text) returns void
language plpgsql as $$
begin
    execute format('create trigger figure_change_insert after insert on %I referencing new table as new_rows'
        || ' for each statement execute function figure_change(%L, %L, %L)', watched, source, program, link);
    execute format('create trigger figure_change_update after update on %I'
        || ' referencing old table as old_rows new table as new_rows'
        || ' for each statement execute function figure_change(%L, %L, %L)', watched, source, program, link);
    execute format('create trigger figure_change_delete after delete on %I referencing old table as old_rows'
        || ' for each statement execute function figure_change(%L, %L, %L)', watched, source, program, link);
end $$;

select watch_figure_changes('program', 'program', 'self', '');
select watch_figure_changes('program_objective', 'program', 'program', '');
select watch_figure_changes('program_objective_skill', 'program', 'program_objective', 'objective_id');
select watch_figure_changes('program_objective_measure_skill', 'program', 'program_objective', 'objective_id');
select watch_figure_changes('program_assessed_skill', 'program', 'program', '');
