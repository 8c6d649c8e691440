-- The results' quotes take each side's newest shareable learnings: walking this index from the newest down
-- reads only those few, not every shareable answer of a large program.
create index session_feedback_shared_recent_idx on session_feedback (updated_at desc) where learned_shareable;
