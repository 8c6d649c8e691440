-- The status board keeps each program's pair standings in memory per change, like the figures: besides the pairs
-- and their activity (V48), a standing reads whether an admin kept the pair and which warnings it was sent, so
-- writes to those count as changes to the program's pairs too.
select watch_figure_changes('pair_kept', 'pairs', 'mentoring_pair', 'pair_id');
select watch_figure_changes('pair_health_step', 'pairs', 'mentoring_pair', 'pair_id');
