-- The status board keeps each program's pair standings in memory per change, like the figures: besides the pairs
-- and their activity (V48), a standing reads whether an admin kept the pair and which warnings it was sent, so
-- writes to those count as changes to the program's pairs too.
do $$
declare
    watched text[][] := array[
        ['pair_kept', 'pairs', 'mentoring_pair', 'pair_id'],
        ['pair_health_step', 'pairs', 'mentoring_pair', 'pair_id']];
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
